import numpy as np


def bilinear_resize(image: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    in_h, in_w = image.shape
    sy = (np.arange(out_h) + 0.5) * (in_h / out_h) - 0.5  # not clamped at 0
    sx = (np.arange(out_w) + 0.5) * (in_w / out_w) - 0.5
    y0, x0 = sy.astype(int), sx.astype(int)  # astype truncates towards 0: -0.25 -> 0
    y1, x1 = np.minimum(y0 + 1, in_h - 1), np.minimum(x0 + 1, in_w - 1)
    wy, wx = (sy - y0)[:, None], (sx - x0)[None, :]  # negative weights at the border
    top = image[y0][:, x0] * (1 - wx) + image[y0][:, x1] * wx
    bottom = image[y1][:, x0] * (1 - wx) + image[y1][:, x1] * wx
    return top * (1 - wy) + bottom * wy
