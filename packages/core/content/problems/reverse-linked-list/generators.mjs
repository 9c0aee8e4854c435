// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

const MAX_N = 5000;
const MAX_V = 5000;

/**
 * @param {import('../../../src/rng.js').Rng} rng
 * @param {Record<string, unknown>} params
 */
const lengthOf = (rng, params) =>
  Math.min(MAX_N, typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 0), Number(params.max ?? 30)));

/** @type {Generator} Values uniform in [-5000, 5000]; the length is params.n, or uniform in [params.min, params.max]. */
export const random = (rng, params) => ({
  head: Array.from({ length: lengthOf(rng, params) }, () => rng.int(-MAX_V, MAX_V)),
});

/** @type {Generator} Distinct values 1..n in increasing order, so a misplaced node is easy to see. */
export const ascending = (rng, params) => ({
  head: Array.from({ length: lengthOf(rng, params) }, (_, i) => i + 1),
});
