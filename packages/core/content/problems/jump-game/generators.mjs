// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const MAX_N = 10_000;
const MAX_V = 100_000;

/**
 * @param {Rng} rng
 * @param {Record<string, unknown>} params
 */
const sizeOf = (rng, params) =>
  Math.min(MAX_N, typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 1), Number(params.max ?? 30)));

/** @type {Generator} Values uniform in [0, params.value] (default 3): reachability varies. */
export const randomJumps = (rng, params) => {
  const n = sizeOf(rng, params);
  const v = Math.min(MAX_V, Number(params.value ?? 3));
  return { nums: Array.from({ length: n }, () => rng.int(0, v)) };
};

/**
 * @type {Generator} Unreachable: a zero at index z (params.at as a fraction of n, default 0.9) that no
 * earlier index can jump over; every index before it still jumps as far as z allows, so there are
 * very many ways to arrive at the trap. Values after z are large.
 */
export const zeroTrap = (rng, params) => {
  const n = Math.max(2, sizeOf(rng, params));
  const z = Math.min(n - 2, Math.floor(n * Number(params.at ?? 0.9)));
  const nums = Array.from({ length: n }, (_, i) => {
    if (i < z) return rng.int(Math.max(1, z - i - 5), z - i);
    if (i === z) return 0;
    return rng.int(0, MAX_V);
  });
  return { nums };
};

/**
 * @type {Generator} Reachable, mostly zeros: stepping stones with exact jump lengths land only on
 * other stones; every other index is 0 (or a random value, params.noise).
 */
export const steppingStones = (rng, params) => {
  const n = sizeOf(rng, params);
  const noise = Boolean(params.noise);
  const nums = Array.from({ length: n }, () => (noise ? rng.int(0, 2) : 0));
  let i = 0;
  while (i < n - 1) {
    const jump = Math.min(n - 1 - i, rng.int(1, Number(params.gap ?? 50)));
    nums[i] = jump;
    i += jump;
  }
  return { nums };
};

/** @type {Generator} Every value equal to params.value (default 1). With 0 and n > 1 the end is unreachable. */
export const constant = (rng, params) => {
  const n = sizeOf(rng, params);
  return { nums: new Array(n).fill(Math.min(MAX_V, Number(params.value ?? 1))) };
};

/**
 * @type {Generator} A countdown k, k-1, ..., 1 followed by zeros: every index up to k stops exactly at
 * index k, which is 0, so the end is unreachable although no early value is 0.
 */
export const countdown = (rng, params) => {
  const n = Math.max(2, sizeOf(rng, params));
  const k = Math.min(n - 2, Number(params.k ?? n - 2));
  return { nums: Array.from({ length: n }, (_, i) => (i <= k ? k - i : rng.int(0, MAX_V))) };
};
