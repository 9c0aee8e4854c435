// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const MIN = -(2 ** 31);
const MAX = 2 ** 31 - 1;

/** @param {Record<string, unknown>} params */
const lengthOf = (params) => (typeof params.n === 'number' ? params.n : 500_000);

/**
 * Two strictly decreasing sequences merged at random. Any such array has no increasing
 * subsequence of length 3 (each of its elements would need a different sequence), but it
 * has plenty of increasing pairs.
 * @param {Rng} rng
 * @param {number} n
 * @param {number} lo
 * @param {number} hi
 */
const twoDecreasing = (rng, n, lo, hi) => {
  const fromA = Array.from({ length: n }, () => rng.next() < 0.5);
  const countA = fromA.filter(Boolean).length;
  /**
   * @param {number} count
   * @returns {number[]} `count` distinct values from [lo, hi], decreasing
   */
  const decreasing = (count) => {
    const step = Math.max(1, Math.floor((hi - lo) / (count + 1)));
    const start = rng.int(hi - step, hi);
    return Array.from({ length: count }, (_, i) => start - i * step - rng.int(0, step - 1));
  };
  const a = decreasing(countA);
  const b = decreasing(n - countA);
  let i = 0;
  let j = 0;
  return fromA.map((takeA) => /** @type {number} */ (takeA ? a[i++] : b[j++]));
};

/** @type {Generator} Uniform values over the whole int range: almost surely true, found early. */
export const random = (rng, params) => ({
  nums: Array.from({ length: lengthOf(params) }, () => rng.int(MIN, MAX)),
});

/** @type {Generator} Non-increasing values: false, and nothing ever short-circuits. */
export const decreasing = (rng, params) => ({
  nums: Array.from({ length: lengthOf(params) }, () => rng.int(MIN, MAX)).sort((a, b) => b - a),
});

/** @type {Generator} Two interleaved decreasing runs: false, despite many increasing pairs. */
export const noTriple = (rng, params) => ({ nums: twoDecreasing(rng, lengthOf(params), MIN, MAX) });

/**
 * @type {Generator} Two interleaved decreasing runs over [-10^6, 10^6], then a new overall minimum, then one
 * large value. Every triple ends at the last index and starts before the new minimum, so `first` has moved past
 * the triple's start by the time it completes.
 */
export const lateTriple = (rng, params) => {
  const nums = twoDecreasing(rng, lengthOf(params) - 2, -1_000_000, 1_000_000);
  nums.push(rng.int(MIN, -1_000_001), rng.int(1_000_001, MAX));
  return { nums };
};

/** @type {Generator} Values from a tiny range: long runs of equal values, where `<` versus `<=` matters. */
export const fewValues = (rng, params) => {
  const n = lengthOf(params);
  const top = typeof params.top === 'number' ? params.top : 1;
  return { nums: Array.from({ length: n }, () => rng.int(0, top)) };
};
