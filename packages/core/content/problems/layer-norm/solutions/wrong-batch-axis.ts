function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const n = x.length;
  const d = gamma.length;
  const mean = new Array<number>(d).fill(0);
  const variance = new Array<number>(d).fill(0);
  for (const row of x) for (let j = 0; j < d; j++) mean[j] += row[j] / n;
  for (const row of x) for (let j = 0; j < d; j++) variance[j] += (row[j] - mean[j]) ** 2 / n;
  return x.map((row) => row.map((v, j) => ((v - mean[j]) / Math.sqrt(variance[j] + eps)) * gamma[j] + beta[j]));
}
