function crossEntropy(logits: number[][], labels: number[], labelSmoothing: number): number {
  const n = logits.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = logits[i];
    const c = row.length;
    // log p_j = x_j - LSE(x), LSE(x) = m + log(sum_k exp(x_k - m)): every
    // exponent is <= 0 and the largest term is exactly 1, so nothing
    // overflows and no log-probability is ever log(0).
    let m = -Infinity;
    for (const v of row) if (v > m) m = v;
    let s = 0;
    for (const v of row) s += Math.exp(v - m);
    const lse = m + Math.log(s);
    // Target distribution: (1 - eps) on the label plus eps / C on every class.
    let sumLogP = 0;
    for (const v of row) sumLogP += v - lse;
    const logPTarget = row[labels[i]] - lse;
    total += -((1 - labelSmoothing) * logPTarget + (labelSmoothing / c) * sumLogP);
  }
  return total / n;
}
