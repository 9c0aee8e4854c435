function focalLoss(logits: number[], targets: number[], alpha: number, gamma: number): number {
  const eps = 1e-7;
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i];
    let p = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    p = Math.min(Math.max(p, eps), 1 - eps); // keeps log() finite, but caps -log(p_t) at 16.1
    const positive = targets[i] === 1;
    const pt = positive ? p : 1 - p;
    const alphaT = positive ? alpha : 1 - alpha;
    total += -alphaT * Math.pow(1 - pt, gamma) * Math.log(pt);
  }
  return total / logits.length;
}
