/**
 * torchvision's formulation: the binary cross-entropy from logits,
 * max(x, 0) - x*y + log(1 + e^{-|x|}), times alpha_t (1 - p_t)^gamma.
 * @param {number[]} logits
 * @param {number[]} targets
 * @param {number} alpha
 * @param {number} gamma
 * @return {number}
 */
var focalLoss = function (logits, targets, alpha, gamma) {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i];
    const y = targets[i];
    const ce = Math.max(x, 0) - x * y + Math.log1p(Math.exp(-Math.abs(x)));
    // sigmoid without overflow for either sign
    const e = Math.exp(-Math.abs(x));
    const p = x >= 0 ? 1 / (1 + e) : e / (1 + e);
    const q = x >= 0 ? e / (1 + e) : 1 / (1 + e); // 1 - p, computed directly
    const oneMinusPt = y === 1 ? q : p;
    const alphaT = alpha * y + (1 - alpha) * (1 - y);
    total += alphaT * ce * oneMinusPt ** gamma;
  }
  return total / logits.length;
};
