/**
 * @param {number[][]} boxes1
 * @param {number[][]} boxes2
 * @return {number[][]}
 */
var boxIou = function (boxes1, boxes2) {
  const result = [];
  for (const [ax1, ay1, ax2, ay2] of boxes1) {
    const areaA = (ax2 - ax1) * (ay2 - ay1);
    const row = new Array(boxes2.length);
    for (let j = 0; j < boxes2.length; j++) {
      const [bx1, by1, bx2, by2] = boxes2[j];
      const left = ax1 > bx1 ? ax1 : bx1;
      const right = ax2 < bx2 ? ax2 : bx2;
      const top = ay1 > by1 ? ay1 : by1;
      const bottom = ay2 < by2 ? ay2 : by2;
      // Empty along either axis means no intersection at all.
      const inter = right > left && bottom > top ? (right - left) * (bottom - top) : 0;
      const union = areaA + (bx2 - bx1) * (by2 - by1) - inter;
      row[j] = union === 0 ? 0 : inter / union;
    }
    result.push(row);
  }
  return result;
};
