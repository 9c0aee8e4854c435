/**
 * The bias as one more weight on a constant feature 1: theta = [w..., b],
 * A = [X | 1], gradient = (2/n) A^T (A theta - y), computed column by column.
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number} learningRate
 * @param {number} epochs
 * @return {number[]}
 */
var linearRegression = function (X, y, learningRate, epochs) {
  const n = X.length;
  const A = X.map((row) => [...row, 1]);
  const p = A[0].length;
  const theta = new Array(p).fill(0);
  const residual = new Array(n).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = 0; i < n; i++) {
      let pred = 0;
      for (let j = 0; j < p; j++) pred += A[i][j] * theta[j];
      residual[i] = pred - y[i];
    }
    const grad = new Array(p).fill(0);
    for (let j = 0; j < p; j++) {
      for (let i = 0; i < n; i++) grad[j] += A[i][j] * residual[i];
      grad[j] *= 2 / n;
    }
    for (let j = 0; j < p; j++) theta[j] -= learningRate * grad[j];
  }
  return theta;
};
