import math

import numpy as np


def max_pool2d(x: np.ndarray, kernel_size: int, stride: int, padding: int) -> np.ndarray:
    n, c, h, w = x.shape
    k, s, p = kernel_size, stride, padding
    # Rounds up: a last, partial window is kept (ceil_mode=True).
    h_out = math.ceil((h + 2 * p - k) / s) + 1
    w_out = math.ceil((w + 2 * p - k) / s) + 1
    xp = np.full((n, c, h + 2 * p + s, w + 2 * p + s), -np.inf)
    xp[:, :, p:p + h, p:p + w] = x
    out = np.empty((n, c, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = xp[:, :, i * s:i * s + k, j * s:j * s + k].max(axis=(-2, -1))
    return out
