/**
 * Greedy NMS, checking each candidate against the boxes kept so far.
 * @param {number[][]} boxes
 * @param {number[]} scores
 * @param {number} iouThreshold
 * @return {number[]}
 */
var nms = function (boxes, scores, iouThreshold) {
  const n = boxes.length;
  const indices = boxes.map((_, i) => i);
  // Array.prototype.sort is stable, so equal scores stay in index order.
  indices.sort((a, b) => scores[b] - scores[a]);
  // The kept boxes, packed four numbers each.
  const kept = new Float64Array(4 * n);
  const keptArea = new Float64Array(n);
  let count = 0;
  const result = [];
  for (const i of indices) {
    const [ax1, ay1, ax2, ay2] = boxes[i];
    const areaA = (ax2 - ax1) * (ay2 - ay1);
    let keepIt = true;
    for (let k = 0; k < count; k++) {
      const w = Math.min(ax2, kept[4 * k + 2]) - Math.max(ax1, kept[4 * k]);
      const h = Math.min(ay2, kept[4 * k + 3]) - Math.max(ay1, kept[4 * k + 1]);
      if (w <= 0 || h <= 0) continue; // no overlap: IoU 0
      const inter = w * h;
      if (inter / (areaA + keptArea[k] - inter) > iouThreshold) {
        keepIt = false;
        break;
      }
    }
    if (keepIt) {
      kept.set([ax1, ay1, ax2, ay2], 4 * count);
      keptArea[count++] = areaA;
      result.push(i);
    }
  }
  return result;
};
