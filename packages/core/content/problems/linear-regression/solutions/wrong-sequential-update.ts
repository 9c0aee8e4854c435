function linearRegression(X: number[][], y: number[], learningRate: number, epochs: number): number[] {
  const n = X.length;
  const d = X[0].length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const predict = (row: number[]) => row.reduce((s, v, j) => s + v * w[j], b);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradW = new Array<number>(d).fill(0);
    for (let i = 0; i < n; i++) {
      const r = predict(X[i]) - y[i];
      for (let j = 0; j < d; j++) gradW[j] += (2 / n) * r * X[i][j];
    }
    for (let j = 0; j < d; j++) w[j] -= learningRate * gradW[j];
    // the bias gradient is computed with the weights already updated
    let gradB = 0;
    for (let i = 0; i < n; i++) gradB += (2 / n) * (predict(X[i]) - y[i]);
    b -= learningRate * gradB;
  }
  return [...w, b];
}
