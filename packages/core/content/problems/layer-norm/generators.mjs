// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** @param {Rng} rng @param {number} d */
const affine = (rng, d) => ({
  gamma: Array.from({ length: d }, () => rng.float(-2, 2)),
  beta: Array.from({ length: d }, () => rng.float(-1, 1)),
});

/**
 * @type {Generator} Token activations: each row has its own offset and spread,
 * `rows` tokens of width `cols`, with a random affine transform.
 */
export const activations = (rng, params) => {
  const rows = num(params.rows, 64);
  const cols = num(params.cols, 256);
  const x = Array.from({ length: rows }, () => {
    const offset = rng.float(-10, 10);
    const spread = rng.pick([0.1, 1, 5, 20]);
    return Array.from({ length: cols }, () => offset + rng.float(-spread, spread));
  });
  return { x, ...affine(rng, cols), eps: rng.pick([1e-5, 1e-6, 1e-3]) };
};

/**
 * @type {Generator} Very narrow feature widths (d = 1..4): biased and unbiased
 * variance differ by a large factor, and d = 1 has zero variance.
 */
export const narrow = (rng, params) => {
  const rows = num(params.rows, 20);
  const cols = rng.int(1, 4);
  const x = Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.float(-5, 5)));
  return { x, ...affine(rng, cols), eps: 1e-5 };
};

/**
 * @type {Generator} Rows whose spread (1e-4 .. 1e-2) is comparable to sqrt(eps):
 * where eps is added matters.
 */
export const nearlyConstant = (rng, params) => {
  const rows = num(params.rows, 16);
  const cols = num(params.cols, 32);
  const x = Array.from({ length: rows }, () => {
    const offset = rng.float(-3, 3);
    const spread = rng.pick([1e-4, 1e-3, 1e-2]);
    return Array.from({ length: cols }, () => offset + rng.float(-spread, spread));
  });
  return { x, ...affine(rng, cols), eps: 1e-5 };
};
