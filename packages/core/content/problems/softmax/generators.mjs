// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/**
 * @param {import('../../../src/rng.js').Rng} rng
 * @param {number} rows
 * @param {number} cols
 * @param {(i: number) => number} value
 */
const matrix = (rng, rows, cols, value) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, () => value(i)));

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** @type {Generator} A batch of logits drawn uniformly from [-scale, scale]. */
export const uniformLogits = (rng, params) => {
  const rows = num(params.rows, 32);
  const cols = num(params.cols, 100);
  const scale = num(params.scale, 10);
  return { x: matrix(rng, rows, cols, () => rng.float(-scale, scale)) };
};

/**
 * @type {Generator} Each row sits around its own large offset in [-5000, 5000]: naive exp
 * overflows (or underflows to 0/0) and a single global maximum leaves far-off rows at 0/0.
 */
export const largeLogits = (rng, params) => {
  const rows = num(params.rows, 16);
  const cols = num(params.cols, 64);
  const offsets = Array.from({ length: rows }, () => rng.float(-5000, 5000));
  return { x: matrix(rng, rows, cols, (i) => (offsets[i] ?? 0) + rng.float(-20, 20)) };
};

/** @type {Generator} Vocabulary-sized rows where one logit dominates by 30–60: tiny but non-zero probabilities. */
export const peaked = (rng, params) => {
  const rows = num(params.rows, 8);
  const cols = num(params.cols, 1000);
  const x = matrix(rng, rows, cols, () => rng.float(-3, 3));
  for (const row of x) row[rng.int(0, cols - 1)] = rng.float(30, 60);
  return { x };
};
