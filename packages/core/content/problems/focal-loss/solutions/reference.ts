function focalLoss(logits: number[], targets: number[], alpha: number, gamma: number): number {
  // log(sigmoid(z)) = -log(1 + e^{-z}), written so that exp never sees a
  // positive argument: -(max(-z, 0) + log1p(e^{-|z|})).
  const logSigmoid = (z: number): number => -(Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z))));
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const positive = targets[i] === 1;
    // p_t = sigmoid(z) with z = x for a positive and -x for a negative, since 1 - sigmoid(x) = sigmoid(-x).
    const z = positive ? logits[i] : -logits[i];
    const logPt = logSigmoid(z);
    const oneMinusPt = Math.exp(logSigmoid(-z)); // sigmoid(-z), never rounded up to 1 - 1 = 0
    const alphaT = positive ? alpha : 1 - alpha;
    total += -alphaT * Math.pow(oneMinusPt, gamma) * logPt;
  }
  return total / logits.length;
}
