/**
 * Welford's one-pass mean and variance, then the affine transform.
 * @param {number[][]} x
 * @param {number[]} gamma
 * @param {number[]} beta
 * @param {number} eps
 * @return {number[][]}
 */
var layerNorm = function (x, gamma, beta, eps) {
  const out = [];
  for (const row of x) {
    let mean = 0;
    let m2 = 0; // sum of squared deviations from the running mean
    for (let k = 0; k < row.length; k++) {
      const delta = row[k] - mean;
      mean += delta / (k + 1);
      m2 += delta * (row[k] - mean);
    }
    const std = Math.sqrt(m2 / row.length + eps);
    out.push(row.map((v, j) => ((v - mean) / std) * gamma[j] + beta[j]));
  }
  return out;
};
