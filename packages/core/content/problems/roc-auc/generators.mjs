// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** A standard normal draw (Box–Muller). @param {Rng} rng */
const gaussian = (rng) => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());

/**
 * Labels with both classes present: each 1 with probability `positiveRate`, then one
 * position forced to each class if a class came out empty.
 * @param {Rng} rng @param {number} n @param {number} positiveRate
 */
const makeLabels = (rng, n, positiveRate) => {
  const labels = Array.from({ length: n }, () => (rng.next() < positiveRate ? 1 : 0));
  if (!labels.includes(1)) labels[rng.int(0, n - 1)] = 1;
  if (!labels.includes(0)) {
    let i = rng.int(0, n - 1);
    while (labels.filter((y) => y === 1).length === 1 && labels[i] === 1) i = (i + 1) % n;
    labels[i] = 0;
  }
  return labels;
};

/**
 * @type {Generator} A classifier's scores: positives drawn around `separation`, negatives
 * around 0 (unit normal noise), rounded to `decimals` decimals — few decimals make many
 * ties across the classes. `decimals` < 0 keeps full precision (ties almost never occur).
 */
export const classifier = (rng, params) => {
  const n = num(params.n, 1000);
  const separation = num(params.separation, 1);
  const decimals = num(params.decimals, 2);
  const labels = makeLabels(rng, n, num(params.positiveRate, 0.5));
  const scale = 10 ** decimals;
  const scores = labels.map((y) => {
    const s = gaussian(rng) + (y === 1 ? separation : 0);
    return decimals < 0 ? s : Math.round(s * scale) / scale;
  });
  return { scores, labels };
};

/**
 * @type {Generator} Scores taken from only `levels` distinct values (a coarse or binned model,
 * a ranking with many equal grades): nearly every pair is a tie or crosses few levels.
 */
export const levels = (rng, params) => {
  const n = num(params.n, 1000);
  const count = num(params.levels, 5);
  const labels = makeLabels(rng, n, num(params.positiveRate, 0.5));
  const values = Array.from({ length: count }, () => rng.float(-1000, 1000));
  // Positives lean towards the higher-indexed values when `lean` > 0.
  const lean = num(params.lean, 0.3);
  values.sort((a, b) => a - b);
  const scores = labels.map((y) => {
    const u = rng.next();
    const skewed = y === 1 ? Math.pow(u, 1 - lean) : Math.pow(u, 1 + lean);
    return /** @type {number} */ (values[Math.min(count - 1, Math.floor(skewed * count))]);
  });
  return { scores, labels };
};
