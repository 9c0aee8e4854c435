/**
 * @param {number[][]} boxes
 * @param {number[]} scores
 * @param {number} iouThreshold
 * @return {number[]}
 */
var nms = function (boxes, scores, iouThreshold) {
  const iou = (a, b) => {
    const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
    const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
    const inter = w * h;
    const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
    return union > 0 ? inter / union : 0;
  };
  const order = boxes.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const kept = [];
  for (const i of order) {
    // >= suppresses a box whose IoU equals the threshold.
    if (!kept.some((k) => iou(boxes[k], boxes[i]) >= iouThreshold)) kept.push(i);
  }
  return kept;
};
