/**
 * @param {number[][]} boxes1
 * @param {number[][]} boxes2
 * @return {number[][]}
 */
var boxIou = function (boxes1, boxes2) {
  const area = (b) => (b[2] - b[0]) * (b[3] - b[1]);
  return boxes1.map((a) =>
    boxes2.map((b) => {
      const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
      const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
      const union = area(a) + area(b); // the intersection is counted twice
      return union > 0 ? (w * h) / union : 0;
    }),
  );
};
