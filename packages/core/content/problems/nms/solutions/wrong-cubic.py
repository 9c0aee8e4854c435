def nms(boxes, scores, iou_threshold):
    boxes = boxes.tolist()
    scores = scores.tolist()

    def iou(a, b):
        w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
        h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
        inter = w * h
        union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
        return inter / union if union > 0 else 0.0

    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    keep = []
    for p, i in enumerate(order):
        # Every earlier box, each looked up in the keep list: O(N^2 K).
        if not any(j in keep and iou(boxes[j], boxes[i]) > iou_threshold for j in order[:p]):
            keep.append(i)
    return keep
