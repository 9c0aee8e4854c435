import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def depthwise_conv2d(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int,
                     padding: int) -> np.ndarray:
    p = padding
    kh, kw = weight.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    # windows[n, c, i, j, u, v]: the kh x kw window whose top-left corner is (i*stride, j*stride).
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    # Channel c meets kernel c only: c appears on both sides and is not summed over.
    return np.einsum("ncijuv,cuv->ncij", windows, weight[:, 0]) + bias[None, :, None, None]
