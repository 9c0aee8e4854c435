import numpy as np


def kmeans(points: np.ndarray, centroids: np.ndarray, iterations: int) -> np.ndarray:
    centroids = centroids.copy()
    k, d = centroids.shape
    for _ in range(iterations):
        sums = np.zeros((k, d))
        counts = np.zeros(k)
        for p in points:
            j = int(((centroids - p) ** 2).sum(axis=1).argmin())
            sums[j] += p
            counts[j] += 1
            centroids[j] = sums[j] / counts[j]  # moved before the remaining points are assigned
    return centroids
