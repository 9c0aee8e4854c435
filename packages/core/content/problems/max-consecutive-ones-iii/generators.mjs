// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

const MAX_N = 100_000;

/**
 * @type {Generator} Random 0/1 array. params: n (default: drawn from [1, 40]), ones (probability of a 1,
 * default 0.5), k: a number, "zeros" (exactly the number of zeros), or absent (uniform in [0, n]).
 */
export const randomBits = (rng, params) => {
  const n = Math.min(MAX_N, typeof params.n === 'number' ? params.n : rng.int(1, 40));
  const p = Number(params.ones ?? 0.5);
  /** @type {number[]} */
  const nums = Array.from({ length: n }, () => (rng.next() < p ? 1 : 0));
  const zeros = nums.reduce((z, v) => z + (v === 0 ? 1 : 0), 0);
  const k = params.k === 'zeros' ? zeros : typeof params.k === 'number' ? Math.min(n, params.k) : rng.int(0, n);
  return { nums, k };
};

/**
 * @type {Generator} Long runs of ones separated by short runs of zeros: the window has to jump
 * across several gaps. params: n, k.
 */
export const runs = (rng, params) => {
  const n = Math.min(MAX_N, Number(params.n ?? MAX_N));
  const nums = [];
  while (nums.length < n) {
    const ones = rng.int(1, 200);
    const zeros = rng.int(1, 5);
    for (let i = 0; i < ones && nums.length < n; i++) nums.push(1);
    for (let i = 0; i < zeros && nums.length < n; i++) nums.push(0);
  }
  return { nums, k: Math.min(n, Number(params.k ?? 10)) };
};

/** @type {Generator} One value repeated n times (params.value 0 or 1), with k from params. */
export const constant = (_rng, params) => {
  const n = Math.min(MAX_N, Number(params.n ?? MAX_N));
  return { nums: new Array(n).fill(Number(params.value ?? 1) === 0 ? 0 : 1), k: Math.min(n, Number(params.k ?? 0)) };
};
