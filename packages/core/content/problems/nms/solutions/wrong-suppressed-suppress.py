import numpy as np


def nms(boxes, scores, iou_threshold):
    n = len(scores)
    order = np.argsort(-scores, kind="stable")
    b = boxes[order]
    top_left = np.maximum(b[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(b[:, None, 2:], b[None, :, 2:])
    inter = np.clip(bottom_right - top_left, 0, None).prod(axis=2)
    areas = (b[:, 2:] - b[:, :2]).prod(axis=1)
    union = areas[:, None] + areas[None, :] - inter
    iou = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    # A box is dropped if ANY higher-scoring box overlaps it, kept or not.
    overlaps_earlier = np.tril(iou > iou_threshold, k=-1).any(axis=1)
    return order[~overlaps_earlier].tolist()
