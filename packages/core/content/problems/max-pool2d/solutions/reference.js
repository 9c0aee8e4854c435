/**
 * Max over a k×k window is separable: take the max over each row segment
 * first (horizontal pass), then over k of those results in a column.
 * Padding is −∞, so it is simply left out of both passes.
 * @param {number[][][][]} x
 * @param {number} kernelSize
 * @param {number} stride
 * @param {number} padding
 * @return {number[][][][]}
 */
var maxPool2d = function (x, kernelSize, stride, padding) {
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const hOut = Math.floor((h + 2 * padding - kernelSize) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - kernelSize) / stride) + 1;
  const pool = (plane) => {
    // rowMax[y][j]: max of plane[y] over the columns of output column j.
    const rowMax = plane.map((line) => {
      const out = new Array(wOut);
      for (let j = 0; j < wOut; j++) {
        let best = -Infinity;
        const start = j * stride - padding;
        for (let z = Math.max(0, start); z < Math.min(w, start + kernelSize); z++) best = Math.max(best, line[z]);
        out[j] = best;
      }
      return out;
    });
    const out = [];
    for (let i = 0; i < hOut; i++) {
      const start = i * stride - padding;
      const row = new Array(wOut).fill(-Infinity);
      for (let y = Math.max(0, start); y < Math.min(h, start + kernelSize); y++) {
        for (let j = 0; j < wOut; j++) row[j] = Math.max(row[j], rowMax[y][j]);
      }
      out.push(row);
    }
    return out;
  };
  return x.map((image) => image.map(pool));
};
