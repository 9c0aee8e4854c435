// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/**
 * @type {Generator} Logits uniform on [-scale, scale], each target 1 with probability
 * `positiveRate`; `alpha` and `gamma` as given, else drawn (α in [0, 1], γ in [0, 5]).
 */
export const uniform = (rng, params) => {
  const n = num(params.n, 1000);
  const scale = num(params.scale, 10);
  const positiveRate = num(params.positiveRate, 0.5);
  const logits = Array.from({ length: n }, () => rng.float(-scale, scale));
  const targets = logits.map(() => (rng.next() < positiveRate ? 1 : 0));
  return { logits, targets, alpha: num(params.alpha, rng.float(0, 1)), gamma: num(params.gamma, rng.float(0, 5)) };
};

/**
 * @type {Generator} A dense detector's anchors, as in RetinaNet: a few positives
 * (`positiveRate`), mostly easy negatives with logits around -5, a share of hard
 * negatives and missed positives, and a sprinkling of saturated logits up to ±100
 * (confidently right and confidently wrong), where log(1 - sigmoid(x)) breaks.
 */
export const anchors = (rng, params) => {
  const n = num(params.n, 10000);
  const positiveRate = num(params.positiveRate, 0.01);
  const saturated = num(params.saturated, 0.01);
  const targets = [];
  const logits = [];
  for (let i = 0; i < n; i++) {
    const y = rng.next() < positiveRate ? 1 : 0;
    const u = rng.next();
    let x;
    if (u < saturated) x = rng.pick([-1, 1]) * rng.float(30, 100);
    else if (u < 0.2) x = y === 1 ? rng.float(-6, 0) : rng.float(-1, 4); // hard: on the wrong side
    else x = y === 1 ? rng.float(0, 6) : rng.float(-8, -2);
    targets.push(y);
    logits.push(x);
  }
  return { logits, targets, alpha: num(params.alpha, 0.25), gamma: num(params.gamma, 2) };
};
