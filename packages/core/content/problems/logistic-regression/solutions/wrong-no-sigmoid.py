import numpy as np


def logistic_regression(X: np.ndarray, y: np.ndarray, learning_rate: float, epochs: int) -> np.ndarray:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        r = X @ w + b - y  # forgot the sigmoid: linear regression on the labels
        w -= learning_rate * (X.T @ r) / n
        b -= learning_rate * r.sum() / n
    return np.append(w, b)
