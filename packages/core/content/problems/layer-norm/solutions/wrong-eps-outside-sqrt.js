/**
 * @param {number[][]} x
 * @param {number[]} gamma
 * @param {number[]} beta
 * @param {number} eps
 * @return {number[][]}
 */
var layerNorm = function (x, gamma, beta, eps) {
  const d = gamma.length;
  return x.map((row) => {
    const mean = row.reduce((a, b) => a + b, 0) / d;
    const variance = row.reduce((a, v) => a + (v - mean) ** 2, 0) / d;
    const std = Math.sqrt(variance);
    return row.map((v, j) => ((v - mean) / (std + eps)) * gamma[j] + beta[j]);
  });
};
