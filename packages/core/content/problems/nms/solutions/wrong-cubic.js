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
  const keep = [];
  for (let p = 0; p < order.length; p++) {
    const i = order[p];
    let suppressed = false;
    // Scans every earlier box and asks keep.includes(j), itself a scan of keep:
    // O(N) candidates x O(N) earlier boxes x O(K) lookups.
    for (let q = 0; q < p; q++) {
      const j = order[q];
      if (keep.includes(j) && iou(boxes[j], boxes[i]) > iouThreshold) suppressed = true;
    }
    if (!suppressed) keep.push(i);
  }
  return keep;
};
