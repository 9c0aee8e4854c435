// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

const MAX_SIDE = 10;
const MAX_V = 100;

/**
 * @param {import('../../../src/rng.js').Rng} rng
 * @param {unknown} fixed
 */
const sideOf = (rng, fixed) => Math.min(MAX_SIDE, Math.max(1, typeof fixed === 'number' ? fixed : rng.int(1, MAX_SIDE)));

/** @type {Generator} An m × n matrix of values in [-100, 100]; params.m and params.n fix the shape, else each side is uniform in [1, 10]. */
export const random = (rng, params) => {
  const m = sideOf(rng, params.m);
  const n = sideOf(rng, params.n);
  return { matrix: Array.from({ length: m }, () => Array.from({ length: n }, () => rng.int(-MAX_V, MAX_V))) };
};

/**
 * @type {Generator} The numbers 1 .. m·n in row-major order (clipped to 100), so the spiral order of
 * the output is easy to read off.
 */
export const rowMajor = (rng, params) => {
  const m = sideOf(rng, params.m);
  const n = sideOf(rng, params.n);
  return { matrix: Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => Math.min(MAX_V, i * n + j + 1))) };
};
