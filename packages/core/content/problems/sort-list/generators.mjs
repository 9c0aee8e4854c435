// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const LIMIT = 100_000;

/** @param {Record<string, unknown>} params */
const lengthOf = (params) => (typeof params.n === 'number' ? params.n : 50_000);

/**
 * @param {Rng} rng
 * @param {number} n
 */
const randomValues = (rng, n) => Array.from({ length: n }, () => rng.int(-LIMIT, LIMIT));

/** @type {Generator} Uniform random values. */
export const random = (rng, params) => ({ head: randomValues(rng, lengthOf(params)) });

/** @type {Generator} Already sorted: the classic worst case for a head pivot. */
export const sorted = (rng, params) => ({ head: randomValues(rng, lengthOf(params)).sort((a, b) => a - b) });

/** @type {Generator} Sorted in reverse. */
export const reversed = (rng, params) => ({ head: randomValues(rng, lengthOf(params)).sort((a, b) => b - a) });

/** @type {Generator} One value repeated: a two-way partition never splits it. */
export const allEqual = (rng, params) => {
  const value = rng.int(-LIMIT, LIMIT);
  return { head: new Array(lengthOf(params)).fill(value) };
};

/** @type {Generator} Only a handful of distinct values, in random order. */
export const fewDistinct = (rng, params) => {
  const values = Array.from({ length: rng.int(2, 5) }, () => rng.int(-LIMIT, LIMIT));
  return { head: Array.from({ length: lengthOf(params) }, () => rng.pick(values)) };
};
