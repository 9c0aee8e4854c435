// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

const MAX_N = 100;
const MAX_V = 400;

/**
 * @param {import('../../../src/rng.js').Rng} rng
 * @param {Record<string, unknown>} params
 */
const lengthOf = (rng, params) =>
  Math.min(MAX_N, Math.max(1, typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 1), Number(params.max ?? 20))));

/** @type {Generator} Values uniform in [0, params.value] (default 400). */
export const random = (rng, params) => {
  const v = Math.min(MAX_V, Number(params.value ?? MAX_V));
  return { nums: Array.from({ length: lengthOf(rng, params) }, () => rng.int(0, v)) };
};

/** @type {Generator} Every house holds params.value (default 400). */
export const constant = (rng, params) => ({
  nums: new Array(lengthOf(rng, params)).fill(Math.min(MAX_V, Number(params.value ?? MAX_V))),
});

/**
 * @type {Generator} Rich houses separated by gaps of one or two poor ones, so the best plan skips
 * two houses in a row now and then: taking every other house is not optimal.
 */
export const gaps = (rng, params) => {
  const n = lengthOf(rng, params);
  const nums = [];
  while (nums.length < n) {
    nums.push(rng.int(300, MAX_V));
    const gap = rng.int(1, 2);
    for (let g = 0; g < gap && nums.length < n; g++) nums.push(rng.int(0, 60));
  }
  return { nums: nums.slice(0, n) };
};
