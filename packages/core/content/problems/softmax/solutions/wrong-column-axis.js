/**
 * @param {number[][]} x
 * @return {number[][]}
 */
var softmax = function (x) {
  const n = x.length;
  const d = x[0].length;
  const out = x.map((row) => row.slice());
  for (let j = 0; j < d; j++) {
    let max = -Infinity;
    for (let i = 0; i < n; i++) max = Math.max(max, x[i][j]);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      out[i][j] = Math.exp(x[i][j] - max);
      sum += out[i][j];
    }
    for (let i = 0; i < n; i++) out[i][j] /= sum;
  }
  return out;
};
