// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const VALUE = 100_000;

/**
 * @param {Rng} rng
 * @param {number} m
 * @param {number} n
 * @param {number} lo
 * @param {number} hi
 */
const matrixOf = (rng, m, n, lo, hi) => Array.from({ length: m }, () => Array.from({ length: n }, () => rng.int(lo, hi)));

/**
 * Two sorted indices in [0, size).
 * @param {Rng} rng
 * @param {number} size
 * @returns {[number, number]}
 */
const span = (rng, size) => {
  const a = rng.int(0, size - 1);
  const b = rng.int(0, size - 1);
  return a <= b ? [a, b] : [b, a];
};

/**
 * @param {number[][]} matrix
 * @param {number[][]} queries
 */
const design = (matrix, queries) => ({
  operations: ['NumMatrix', ...queries.map(() => 'sumRegion')],
  arguments: [[matrix], ...queries],
});

/**
 * @type {Generator} A random matrix with uniformly random rectangles. Sizes come from params
 * (m, n, q) or are drawn small when absent.
 */
export const randomQueries = (rng, params) => {
  const m = typeof params.m === 'number' ? params.m : rng.int(1, 12);
  const n = typeof params.n === 'number' ? params.n : rng.int(1, 12);
  const q = typeof params.q === 'number' ? params.q : rng.int(1, 40);
  const matrix = matrixOf(rng, m, n, -VALUE, VALUE);
  const queries = Array.from({ length: q }, () => {
    const [r1, r2] = span(rng, m);
    const [c1, c2] = span(rng, n);
    return [r1, c1, r2, c2];
  });
  return design(matrix, queries);
};

/**
 * @type {Generator} Rectangles that cover (almost) the whole matrix: each call of a per-call
 * loop visits about m·n cells, so only O(1) queries stay fast.
 */
export const wideQueries = (rng, params) => {
  const m = Number(params.m ?? 200);
  const n = Number(params.n ?? 200);
  const q = Number(params.q ?? 10_000);
  const matrix = matrixOf(rng, m, n, -VALUE, VALUE);
  const queries = Array.from({ length: q }, () => {
    const [r1, r2] = [rng.int(0, Math.min(2, m - 1)), rng.int(Math.max(0, m - 3), m - 1)];
    const [c1, c2] = [rng.int(0, Math.min(2, n - 1)), rng.int(Math.max(0, n - 3), n - 1)];
    // Keep each rectangle well-formed on tiny matrices.
    return [Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)];
  });
  return design(matrix, queries);
};

/**
 * @type {Generator} Every value at the same extreme (params.sign: 1 or -1), so sums reach ±4·10^9,
 * beyond 32-bit range; queries mix single cells, full rows, full columns and the whole matrix.
 */
export const extremeValues = (rng, params) => {
  const m = Number(params.m ?? 200);
  const n = Number(params.n ?? 200);
  const q = Number(params.q ?? 2000);
  const v = Number(params.sign ?? 1) < 0 ? -VALUE : VALUE;
  const matrix = matrixOf(rng, m, n, v, v);
  const queries = Array.from({ length: q }, () => {
    const kind = rng.int(0, 3);
    if (kind === 0) {
      const r = rng.int(0, m - 1);
      const c = rng.int(0, n - 1);
      return [r, c, r, c];
    }
    if (kind === 1) {
      const r = rng.int(0, m - 1);
      return [r, 0, r, n - 1];
    }
    if (kind === 2) {
      const c = rng.int(0, n - 1);
      return [0, c, m - 1, c];
    }
    return [0, 0, m - 1, n - 1];
  });
  return design(matrix, queries);
};
