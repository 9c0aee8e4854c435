function softmax(x: number[][]): number[][] {
  return x.map((row) => {
    // Softmax is invariant to adding a constant to a row; shifting by the row
    // maximum makes every exponent <= 0, so exp never overflows and the
    // largest term is exactly 1, so the sum never underflows to 0.
    let max = -Infinity;
    for (const v of row) if (v > max) max = v;
    const exps = row.map((v) => Math.exp(v - max));
    let sum = 0;
    for (const e of exps) sum += e;
    return exps.map((e) => e / sum);
  });
}
