import numpy as np


def kmeans(points: np.ndarray, centroids: np.ndarray, iterations: int) -> np.ndarray:
    centroids = centroids.copy()
    k = centroids.shape[0]
    for _ in range(iterations):
        dist = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        nearest = dist.argmin(axis=1)
        # the mean of an empty selection is nan (with a RuntimeWarning)
        centroids = np.array([points[nearest == j].mean(axis=0) for j in range(k)])
    return centroids
