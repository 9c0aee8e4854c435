/**
 * Bias folded into theta = [w..., b] with a constant feature 1, and the
 * sigmoid written as (1 + tanh(z / 2)) / 2, which cannot overflow either.
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number} learningRate
 * @param {number} epochs
 * @return {number[]}
 */
var logisticRegression = function (X, y, learningRate, epochs) {
  const n = X.length;
  const A = X.map((row) => [...row, 1]);
  const p = A[0].length;
  const theta = new Array(p).fill(0);
  const residual = new Array(n).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < p; j++) z += A[i][j] * theta[j];
      residual[i] = 0.5 * (1 + Math.tanh(z / 2)) - y[i];
    }
    for (let j = 0; j < p; j++) {
      let g = 0;
      for (let i = 0; i < n; i++) g += A[i][j] * residual[i];
      theta[j] -= (learningRate * g) / n;
    }
  }
  return theta;
};
