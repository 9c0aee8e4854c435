function linearRegression(X: number[][], y: number[], learningRate: number, epochs: number): number[] {
  const n = X.length;
  const d = X[0].length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const gradW = new Array<number>(d);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Both gradients are taken at the current (w, b) before either is updated.
    gradW.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      let pred = b;
      for (let j = 0; j < d; j++) pred += w[j] * row[j];
      const r = pred - y[i];
      for (let j = 0; j < d; j++) gradW[j] += r * row[j];
      gradB += r;
    }
    for (let j = 0; j < d; j++) w[j] -= learningRate * ((2 / n) * gradW[j]);
    b -= learningRate * ((2 / n) * gradB);
  }
  return [...w, b];
}
