// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const MAX_N = 50_000;
const VALUE = 50_000;

/**
 * n from params.n, or drawn from [params.min, params.max] (default 1..50).
 * @param {Rng} rng
 * @param {Record<string, unknown>} params
 */
const sizeOf = (rng, params) =>
  Math.min(MAX_N, typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 1), Number(params.max ?? 50)));

/**
 * @param {Rng} rng
 * @param {number} n
 */
const randomValues = (rng, n) => Array.from({ length: n }, () => rng.int(-VALUE, VALUE));

/** @type {Generator} Uniform values over the whole range. */
export const randomArray = (rng, params) => ({ nums: randomValues(rng, sizeOf(rng, params)) });

/** @type {Generator} Already in ascending order: the worst case for a first- or last-element pivot. */
export const sortedArray = (rng, params) => ({ nums: randomValues(rng, sizeOf(rng, params)).sort((a, b) => a - b) });

/** @type {Generator} In descending order. */
export const reversedArray = (rng, params) => ({ nums: randomValues(rng, sizeOf(rng, params)).sort((a, b) => b - a) });

/** @type {Generator} One value repeated n times: the worst case for a two-way partition. */
export const allEqual = (rng, params) => {
  const v = rng.int(-VALUE, VALUE);
  return { nums: new Array(sizeOf(rng, params)).fill(v) };
};

/** @type {Generator} Only params.distinct (default 3) different values, in random order. */
export const fewDistinct = (rng, params) => {
  const k = Number(params.distinct ?? 3);
  const values = Array.from({ length: k }, () => rng.int(-VALUE, VALUE));
  return { nums: Array.from({ length: sizeOf(rng, params) }, () => rng.pick(values)) };
};

/** @type {Generator} Ascending then descending ("organ pipe"), with the range extremes at the ends. */
export const organPipe = (rng, params) => {
  const n = sizeOf(rng, params);
  const half = randomValues(rng, Math.ceil(n / 2)).sort((a, b) => a - b);
  const nums = [...half, ...half.slice(0, n - half.length).reverse()];
  nums[0] = -VALUE;
  nums[n - 1] = VALUE;
  return { nums };
};
