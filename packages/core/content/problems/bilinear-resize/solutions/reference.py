import numpy as np


def _interpolation_matrix(in_size: int, out_size: int) -> np.ndarray:
    """(out_size, in_size) matrix whose row o holds the two linear weights of output o."""
    src = (np.arange(out_size) + 0.5) * (in_size / out_size) - 0.5
    src = np.maximum(src, 0.0)  # PyTorch clamps negative source coordinates to 0
    i0 = np.floor(src).astype(np.int64)
    i1 = np.minimum(i0 + 1, in_size - 1)
    frac = src - i0
    m = np.zeros((out_size, in_size))
    rows = np.arange(out_size)
    np.add.at(m, (rows, i0), 1.0 - frac)
    np.add.at(m, (rows, i1), frac)  # adds onto i0 when both are the last index
    return m


def bilinear_resize(image: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    in_h, in_w = image.shape
    # Bilinear interpolation is separable: out = A_h @ image @ A_w^T.
    return _interpolation_matrix(in_h, out_h) @ image @ _interpolation_matrix(in_w, out_w).T
