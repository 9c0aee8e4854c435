/**
 * @param {number[][]} boxes1
 * @param {number[][]} boxes2
 * @return {number[][]}
 */
var boxIou = function (boxes1, boxes2) {
  // The pixel-index convention: a box from x1 to x2 covers x2 - x1 + 1 pixels.
  const area = (b) => (b[2] - b[0] + 1) * (b[3] - b[1] + 1);
  return boxes1.map((a) =>
    boxes2.map((b) => {
      const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 1);
      const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 1);
      const inter = w * h;
      return inter / (area(a) + area(b) - inter);
    }),
  );
};
