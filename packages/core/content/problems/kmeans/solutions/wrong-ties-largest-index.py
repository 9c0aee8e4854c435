import numpy as np


def kmeans(points: np.ndarray, centroids: np.ndarray, iterations: int) -> np.ndarray:
    centroids = centroids.copy()
    k = centroids.shape[0]
    for _ in range(iterations):
        dist = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        # argmin over the reversed columns: a tie goes to the largest index
        nearest = k - 1 - dist[:, ::-1].argmin(axis=1)
        for j in range(k):
            members = points[nearest == j]
            if len(members):
                centroids[j] = members.mean(axis=0)
    return centroids
