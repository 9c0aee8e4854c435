function logisticRegression(X: number[][], y: number[], learningRate: number, epochs: number): number[] {
  // Never exponentiates a positive number, so exp cannot overflow.
  const sigmoid = (z: number): number => {
    if (z >= 0) return 1 / (1 + Math.exp(-z));
    const e = Math.exp(z);
    return e / (1 + e);
  };
  const n = X.length;
  const d = X[0].length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const gradW = new Array<number>(d);
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradW.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * row[j];
      const r = sigmoid(z) - y[i]; // dL/dz_i for the cross-entropy (times n)
      for (let j = 0; j < d; j++) gradW[j] += r * row[j];
      gradB += r;
    }
    for (let j = 0; j < d; j++) w[j] -= learningRate * (gradW[j] / n);
    b -= learningRate * (gradB / n);
  }
  return [...w, b];
}
