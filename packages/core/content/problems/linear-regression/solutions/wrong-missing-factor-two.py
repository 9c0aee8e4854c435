import numpy as np


def linear_regression(X: np.ndarray, y: np.ndarray, learning_rate: float, epochs: int) -> np.ndarray:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        residual = X @ w + b - y
        w -= learning_rate * (X.T @ residual) / n  # the derivative of r^2 is 2r
        b -= learning_rate * residual.sum() / n
    return np.append(w, b)
