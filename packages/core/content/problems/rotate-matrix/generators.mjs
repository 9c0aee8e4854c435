// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/**
 * @param {import('../../../src/rng.js').Rng} rng
 * @param {number} n
 */
const randomMatrix = (rng, n) => Array.from({ length: n }, () => Array.from({ length: n }, () => rng.int(-1000, 1000)));

/** @type {Generator} An n×n matrix of random values; n is fixed by params.n or drawn from [params.min, params.max]. */
export const randomSquare = (rng, params) => {
  const n = typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 1), Number(params.max ?? 20));
  return { matrix: randomMatrix(rng, n) };
};

/** @type {Generator} Distinct values 0..n²-1 shuffled, so any misplaced cell shows. */
export const distinctSquare = (rng, params) => {
  const n = Math.min(44, Number(params.n ?? 20)); // 44² values stay within [-1000, 1000]
  const values = rng.shuffle(Array.from({ length: n * n }, (_, k) => k - Math.floor((n * n) / 2)));
  return { matrix: Array.from({ length: n }, (_, i) => values.slice(i * n, (i + 1) * n)) };
};
