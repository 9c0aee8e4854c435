function softmax(x: number[][]): number[][] {
  return x.map((row) => {
    const exps = row.map((v) => Math.exp(v));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
}
