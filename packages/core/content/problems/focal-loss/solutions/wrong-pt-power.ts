function focalLoss(logits: number[], targets: number[], alpha: number, gamma: number): number {
  const logSigmoid = (z: number): number => -(Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z))));
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const positive = targets[i] === 1;
    const z = positive ? logits[i] : -logits[i];
    const pt = Math.exp(logSigmoid(z));
    const alphaT = positive ? alpha : 1 - alpha;
    total += -alphaT * Math.pow(pt, gamma) * logSigmoid(z); // p_t^gamma, not (1 - p_t)^gamma
  }
  return total / logits.length;
}
