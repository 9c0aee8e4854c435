import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    # Never exponentiates a positive number, so exp cannot overflow.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression(X: np.ndarray, y: np.ndarray, learning_rate: float, epochs: int) -> np.ndarray:
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        residual = sigmoid(X @ w + b) - y  # dL/dz for the mean cross-entropy, times n
        w -= learning_rate * (X.T @ residual) / n
        b -= learning_rate * residual.sum() / n
    return np.append(w, b)
