import numpy as np


def conv2d(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int, padding: int,
           dilation: int) -> np.ndarray:
    n, c, h, w = x.shape
    o, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - dilation * (kh - 1) - 1) // stride + 1
    w_out = (w + 2 * padding - dilation * (kw - 1) - 1) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    # im2col: cols[n, c, p, q, i, j] = xp[n, c, i*stride + p*dilation, j*stride + q*dilation].
    cols = np.empty((n, c, kh, kw, h_out, w_out))
    for p in range(kh):
        for q in range(kw):
            top, left = p * dilation, q * dilation
            cols[:, :, p, q] = xp[:, :, top:top + stride * (h_out - 1) + 1:stride,
                                  left:left + stride * (w_out - 1) + 1:stride]
    # One contraction over (channel, kernel row, kernel column) for every output pixel.
    out = np.einsum("ncpqij,ocpq->noij", cols, weight, optimize=True)
    return out + bias[None, :, None, None]
