function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const d = gamma.length;
  return x.map((row) => {
    let mean = 0;
    for (const v of row) mean += v;
    mean /= d;
    // Two passes: the variance is the mean of squared deviations from the
    // mean (biased, divide by d), which avoids E[x^2] - E[x]^2 cancellation.
    let variance = 0;
    for (const v of row) variance += (v - mean) * (v - mean);
    variance /= d;
    const inv = 1 / Math.sqrt(variance + eps);
    return row.map((v, j) => (v - mean) * inv * gamma[j] + beta[j]);
  });
}
