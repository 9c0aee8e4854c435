import numpy as np


def kmeans(points: np.ndarray, centroids: np.ndarray, iterations: int) -> np.ndarray:
    centroids = centroids.copy()
    k = centroids.shape[0]
    for _ in range(iterations):
        # (n, 1, d) - (1, k, d) -> (n, k) squared distances; argmin returns the
        # first minimum, i.e. the smallest index on an exact tie.
        dist = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        nearest = dist.argmin(axis=1)
        # One-hot membership (k, n): sums by a matrix product, counts by a row sum.
        member = (nearest[None, :] == np.arange(k)[:, None]).astype(float)
        counts = member.sum(axis=1)
        sums = member @ points
        filled = counts > 0  # empty clusters keep their centroid
        centroids[filled] = sums[filled] / counts[filled, None]
    return centroids
