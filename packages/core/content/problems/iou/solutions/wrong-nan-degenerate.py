import numpy as np


def box_iou(boxes1: np.ndarray, boxes2: np.ndarray) -> np.ndarray:
    top_left = np.maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    bottom_right = np.minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    inter = np.clip(bottom_right - top_left, 0, None).prod(axis=2)
    area1 = (boxes1[:, 2:] - boxes1[:, :2]).prod(axis=1)
    area2 = (boxes2[:, 2:] - boxes2[:, :2]).prod(axis=1)
    return inter / (area1[:, None] + area2[None, :] - inter)  # 0 / 0 = nan for two zero-area boxes
