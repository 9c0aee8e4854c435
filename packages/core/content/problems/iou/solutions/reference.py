import numpy as np


def box_iou(boxes1: np.ndarray, boxes2: np.ndarray) -> np.ndarray:
    # Broadcast (N, 1, 2) against (1, M, 2): the top-left corner of every
    # intersection is the larger of the two top-left corners, the bottom-right
    # the smaller of the two bottom-right corners.
    top_left = np.maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    bottom_right = np.minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    sides = np.clip(bottom_right - top_left, 0.0, None)  # (N, M, 2), empty -> 0
    inter = sides.prod(axis=2)
    area1 = (boxes1[:, 2:] - boxes1[:, :2]).prod(axis=1)
    area2 = (boxes2[:, 2:] - boxes2[:, :2]).prod(axis=1)
    union = area1[:, None] + area2[None, :] - inter
    # Divide only where the union is positive; two zero-area boxes keep IoU 0.
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
