import numpy as np


def _iou_one_to_many(box, boxes):
    top_left = np.maximum(box[:2], boxes[:, :2])
    bottom_right = np.minimum(box[2:], boxes[:, 2:])
    inter = np.clip(bottom_right - top_left, 0.0, None).prod(axis=1)
    union = (box[2:] - box[:2]).prod() + (boxes[:, 2:] - boxes[:, :2]).prod(axis=1) - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def _average_precision(dets, gts, iou_threshold):
    """dets: rows [image, score, x1, y1, x2, y2] in row order; gts: rows [image, x1, y1, x2, y2]."""
    groups = {}  # image -> (row numbers of its ground truths, their boxes)
    for image in np.unique(gts[:, 0]):
        rows = np.flatnonzero(gts[:, 0] == image)
        groups[image] = gts[rows, 1:]
    matched = {image: np.zeros(len(boxes), dtype=bool) for image, boxes in groups.items()}

    # Descending score, then ascending row: lexsort sorts by its last key first.
    order = np.lexsort((np.arange(len(dets)), -dets[:, 1]))
    tp = np.zeros(len(dets))
    for rank, d in enumerate(order):
        image = dets[d, 0]
        if image not in groups:
            continue
        ious = _iou_one_to_many(dets[d, 2:], groups[image])
        best = int(np.argmax(ious))  # the first of equal maxima
        if ious[best] >= iou_threshold and not matched[image][best]:
            matched[image][best] = True
            tp[rank] = 1.0

    cum_tp = np.cumsum(tp)
    recall = cum_tp / len(gts)
    precision = cum_tp / np.arange(1, len(dets) + 1)
    envelope = precision  # raw precision, no envelope
    steps = np.diff(np.concatenate(([0.0], recall)))
    return float(np.sum(steps * envelope))


def mean_average_precision(detections, ground_truths, iou_threshold):
    detections = np.asarray(detections, dtype=float).reshape(-1, 7)
    ground_truths = np.asarray(ground_truths, dtype=float).reshape(-1, 6)
    aps = []
    for cls in np.unique(ground_truths[:, 1]):
        dets = detections[detections[:, 1] == cls][:, [0, 2, 3, 4, 5, 6]]
        gts = ground_truths[ground_truths[:, 1] == cls][:, [0, 2, 3, 4, 5]]
        aps.append(_average_precision(dets, gts, iou_threshold) if len(dets) else 0.0)
    return float(np.mean(aps))
