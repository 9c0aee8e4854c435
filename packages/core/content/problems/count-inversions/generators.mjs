// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const MAX_N = 50_000;
const VALUE = 1_000_000_000;

/**
 * n from params.n, or drawn from [params.min, params.max] (default 0..60).
 * @param {Rng} rng
 * @param {Record<string, unknown>} params
 */
const sizeOf = (rng, params) =>
  Math.min(MAX_N, typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 0), Number(params.max ?? 60)));

/**
 * Values in [-params.range, params.range] (default the full ±10^9).
 * @param {Rng} rng
 * @param {number} n
 * @param {Record<string, unknown>} params
 */
const valuesOf = (rng, n, params) => {
  const range = Number(params.range ?? VALUE);
  return Array.from({ length: n }, () => rng.int(-range, range));
};

/** @type {Generator} Uniform random values; a small params.range makes many ties. */
export const randomRecord = (rng, params) => ({ record: valuesOf(rng, sizeOf(rng, params), params) });

/** @type {Generator} Descending: every pair of distinct values is an inversion, close to the maximum n(n-1)/2 ≈ 1.25·10^9. */
export const descending = (rng, params) => ({ record: valuesOf(rng, sizeOf(rng, params), params).sort((a, b) => b - a) });

/** @type {Generator} Ascending: no inversions at all. */
export const ascending = (rng, params) => ({ record: valuesOf(rng, sizeOf(rng, params), params).sort((a, b) => a - b) });

/** @type {Generator} One value repeated: equal pairs are not inversions, so the answer is 0. */
export const allEqual = (rng, params) => ({ record: new Array(sizeOf(rng, params)).fill(rng.int(-VALUE, VALUE)) });

/**
 * @type {Generator} Ascending with params.swaps (default 20) random pairs exchanged: a few
 * long-range inversions in otherwise ordered data.
 */
export const nearlySorted = (rng, params) => {
  const record = valuesOf(rng, sizeOf(rng, params), params).sort((a, b) => a - b);
  const swaps = Number(params.swaps ?? 20);
  for (let s = 0; s < swaps && record.length > 1; s++) {
    const i = rng.int(0, record.length - 1);
    const j = rng.int(0, record.length - 1);
    [record[i], record[j]] = [/** @type {number} */ (record[j]), /** @type {number} */ (record[i])];
  }
  return { record };
};
