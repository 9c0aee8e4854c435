import numpy as np


def softmax(x: np.ndarray) -> np.ndarray:
    exps = np.exp(x - x.max())  # the maximum of the whole matrix, not of each row
    return exps / exps.sum(axis=1, keepdims=True)
