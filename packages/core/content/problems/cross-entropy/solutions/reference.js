/**
 * One pass per row with a running log-sum-exp: whenever a larger logit
 * appears, the partial sum is rescaled to the new maximum. Since the target
 * weights sum to 1, -sum_j q_j log p_j = LSE - (1 - eps) x_y - (eps / C) sum_j x_j.
 * @param {number[][]} logits
 * @param {number[]} labels
 * @param {number} labelSmoothing
 * @return {number}
 */
var crossEntropy = function (logits, labels, labelSmoothing) {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const row = logits[i];
    let m = -Infinity;
    let s = 0;
    let sumX = 0;
    for (const v of row) {
      if (v > m) {
        s = s * Math.exp(m - v) + 1;
        m = v;
      } else {
        s += Math.exp(v - m);
      }
      sumX += v;
    }
    const lse = m + Math.log(s);
    const eps = labelSmoothing;
    total += lse - (1 - eps) * row[labels[i]] - (eps / row.length) * sumX;
  }
  return total / logits.length;
};
