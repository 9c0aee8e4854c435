function crossEntropy(logits: number[][], labels: number[], labelSmoothing: number): number {
  let total = 0;
  logits.forEach((row, i) => {
    const m = Math.max(...row);
    const lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
    const c = row.length;
    let loss = 0;
    for (let j = 0; j < c; j++) {
      const q = (j === labels[i] ? 1 - labelSmoothing : 0) + labelSmoothing / c;
      loss -= q * (row[j] - lse);
    }
    total += loss;
  });
  return total; // reduction='sum': never divided by N
}
