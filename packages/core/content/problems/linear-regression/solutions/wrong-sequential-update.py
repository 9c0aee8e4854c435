import numpy as np


def linear_regression(X: np.ndarray, y: np.ndarray, learning_rate: float, epochs: int) -> np.ndarray:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        w -= learning_rate * 2 / n * (X.T @ (X @ w + b - y))
        # the bias gradient is computed with the weights already updated
        b -= learning_rate * 2 / n * (X @ w + b - y).sum()
    return np.append(w, b)
