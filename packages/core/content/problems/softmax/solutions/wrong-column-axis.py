import numpy as np


def softmax(x: np.ndarray) -> np.ndarray:
    exps = np.exp(x - x.max(axis=0))  # axis=0: down each column
    return exps / exps.sum(axis=0)
