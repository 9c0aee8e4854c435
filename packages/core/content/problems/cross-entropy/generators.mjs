// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** @param {import('../../../src/rng.js').Rng} rng @param {unknown} v */
const smoothing = (rng, v) => (typeof v === 'number' ? v : rng.pick([0, 0.05, 0.1, 0.2, rng.float(0, 1)]));

/** @param {number} v */
const clamp = (v) => Math.max(-1000, Math.min(1000, v));

/**
 * @type {Generator} Logits uniform on [-scale, scale], labels uniform over the classes.
 * `labelSmoothing` fixes ε; without it ε is drawn from {0, 0.05, 0.1, 0.2, U(0, 1)}.
 */
export const uniformLogits = (rng, params) => {
  const n = num(params.n, 64);
  const c = num(params.c, 10);
  const scale = num(params.scale, 5);
  const logits = Array.from({ length: n }, () => Array.from({ length: c }, () => rng.float(-scale, scale)));
  const labels = Array.from({ length: n }, () => rng.int(0, c - 1));
  return { logits, labels, labelSmoothing: smoothing(rng, params.labelSmoothing) };
};

/**
 * @type {Generator} Each row sits around its own offset in [-950, 950] with a spread of up to
 * ±`spread` (clamped to ±1000): naive exp overflows or underflows, and with a large spread
 * the label's probability underflows to 0 even after the shift, so log(softmax) is -Infinity.
 */
export const largeLogits = (rng, params) => {
  const n = num(params.n, 32);
  const c = num(params.c, 20);
  const spread = num(params.spread, 50);
  const logits = Array.from({ length: n }, () => {
    const offset = rng.float(-950, 950);
    return Array.from({ length: c }, () => clamp(offset + rng.float(-spread, spread)));
  });
  const labels = Array.from({ length: n }, () => rng.int(0, c - 1));
  return { logits, labels, labelSmoothing: smoothing(rng, params.labelSmoothing) };
};

/**
 * @type {Generator} A classifier's output: the label's logit (or, for a fraction `wrong` of the
 * rows, another class's) sits 5–20 above the rest, so most predictions are confidently right
 * and some confidently wrong.
 */
export const confident = (rng, params) => {
  const n = num(params.n, 128);
  const c = num(params.c, 100);
  const wrong = num(params.wrong, 0.2);
  const labels = Array.from({ length: n }, () => rng.int(0, c - 1));
  const logits = labels.map((label) => {
    const row = Array.from({ length: c }, () => rng.float(-3, 3));
    const top = rng.next() < wrong ? rng.int(0, c - 1) : label;
    row[top] = (row[top] ?? 0) + rng.float(5, 20);
    return row;
  });
  return { logits, labels, labelSmoothing: smoothing(rng, params.labelSmoothing) };
};
