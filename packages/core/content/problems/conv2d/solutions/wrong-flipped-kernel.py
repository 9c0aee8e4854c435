import numpy as np


def conv2d(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int, padding: int,
           dilation: int) -> np.ndarray:
    # Textbook convolution (as scipy.signal.convolve2d computes it): the kernel is flipped first.
    weight = weight[:, :, ::-1, ::-1]
    n, c, h, w = x.shape
    o, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - dilation * (kh - 1) - 1) // stride + 1
    w_out = (w + 2 * padding - dilation * (kw - 1) - 1) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, o, h_out, w_out)) + bias[None, :, None, None]
    for p in range(kh):
        for q in range(kw):
            window = xp[:, :, p * dilation:p * dilation + stride * (h_out - 1) + 1:stride,
                        q * dilation:q * dilation + stride * (w_out - 1) + 1:stride]
            out += np.einsum("nchw,oc->nohw", window, weight[:, :, p, q])
    return out
