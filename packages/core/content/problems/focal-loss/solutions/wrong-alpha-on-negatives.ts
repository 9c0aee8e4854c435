function focalLoss(logits: number[], targets: number[], alpha: number, gamma: number): number {
  const logSigmoid = (z: number): number => -(Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z))));
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const positive = targets[i] === 1;
    const z = positive ? logits[i] : -logits[i];
    const alphaT = positive ? 1 - alpha : alpha; // alpha on the negatives
    total += -alphaT * Math.pow(Math.exp(logSigmoid(-z)), gamma) * logSigmoid(z);
  }
  return total / logits.length;
}
