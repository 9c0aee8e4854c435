import numpy as np


def linear_regression(X: np.ndarray, y: np.ndarray, learning_rate: float, epochs: int) -> np.ndarray:
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        # Both gradients are taken at the current (w, b) before either is updated.
        residual = X @ w + b - y
        grad_w = 2 / n * (X.T @ residual)
        grad_b = 2 / n * residual.sum()
        w -= learning_rate * grad_w
        b -= learning_rate * grad_b
    return np.append(w, b)
