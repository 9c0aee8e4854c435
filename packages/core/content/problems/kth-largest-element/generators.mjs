// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const MAX_N = 100_000;
const VALUE = 10_000;

/**
 * n from params.n, or drawn from [params.min, params.max] (default 1..60).
 * @param {Rng} rng
 * @param {Record<string, unknown>} params
 */
const sizeOf = (rng, params) =>
  Math.min(MAX_N, typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 1), Number(params.max ?? 60)));

/**
 * k from params.k: a number, "first" (1), "middle" (about n/2), "last" (n); random in 1..n otherwise.
 * @param {Rng} rng
 * @param {number} n
 * @param {Record<string, unknown>} params
 */
const kOf = (rng, n, params) => {
  if (typeof params.k === 'number') return Math.min(n, Math.max(1, params.k));
  if (params.k === 'first') return 1;
  if (params.k === 'middle') return Math.max(1, Math.floor(n / 2));
  if (params.k === 'last') return n;
  return rng.int(1, n);
};

/**
 * @param {Rng} rng
 * @param {number} n
 */
const randomValues = (rng, n) => Array.from({ length: n }, () => rng.int(-VALUE, VALUE));

/**
 * @param {Rng} rng
 * @param {number[]} nums
 * @param {Record<string, unknown>} params
 */
const withK = (rng, nums, params) => ({ nums, k: kOf(rng, nums.length, params) });

/** @type {Generator} Uniform values over the whole range (many repeats once n is large). */
export const randomArray = (rng, params) => withK(rng, randomValues(rng, sizeOf(rng, params)), params);

/** @type {Generator} Ascending: a first-element pivot is the minimum every time. */
export const ascending = (rng, params) => withK(rng, randomValues(rng, sizeOf(rng, params)).sort((a, b) => a - b), params);

/** @type {Generator} Descending: a first-element pivot is the maximum every time. */
export const descending = (rng, params) => withK(rng, randomValues(rng, sizeOf(rng, params)).sort((a, b) => b - a), params);

/** @type {Generator} One value repeated: a two-way (Lomuto) partition peels off one element per round. */
export const allEqual = (rng, params) => withK(rng, new Array(sizeOf(rng, params)).fill(rng.int(-VALUE, VALUE)), params);

/** @type {Generator} Only params.distinct (default 3) values, in random order. */
export const fewDistinct = (rng, params) => {
  const values = Array.from({ length: Number(params.distinct ?? 3) }, () => rng.int(-VALUE, VALUE));
  return withK(rng, Array.from({ length: sizeOf(rng, params) }, () => rng.pick(values)), params);
};
