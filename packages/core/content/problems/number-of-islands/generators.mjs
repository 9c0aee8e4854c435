// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const MAX_SIDE = 300;

/**
 * m and n from params, or drawn from 1..params.max (default 12).
 * @param {Rng} rng
 * @param {Record<string, unknown>} params
 * @returns {[number, number]}
 */
const sizeOf = (rng, params) => {
  const max = Number(params.max ?? 12);
  const m = typeof params.m === 'number' ? params.m : rng.int(1, max);
  const n = typeof params.n === 'number' ? params.n : rng.int(1, max);
  return [Math.min(MAX_SIDE, m), Math.min(MAX_SIDE, n)];
};

/**
 * @param {number} m
 * @param {number} n
 * @param {(r: number, c: number) => boolean} land
 */
const gridOf = (m, n, land) => Array.from({ length: m }, (_, r) => Array.from({ length: n }, (_, c) => (land(r, c) ? '1' : '0')));

/** @type {Generator} Each cell is land with probability params.density (default drawn from 0.2..0.7). */
export const randomGrid = (rng, params) => {
  const [m, n] = sizeOf(rng, params);
  const density = typeof params.density === 'number' ? params.density : rng.float(0.2, 0.7);
  return { grid: gridOf(m, n, () => rng.next() < density) };
};

/** @type {Generator} Land everywhere: one island of m·n cells, as deep as a recursive flood fill can go. */
export const allLand = (rng, params) => {
  const [m, n] = sizeOf(rng, params);
  return { grid: gridOf(m, n, () => true) };
};

/** @type {Generator} Water everywhere: no island at all. */
export const allWater = (rng, params) => {
  const [m, n] = sizeOf(rng, params);
  return { grid: gridOf(m, n, () => false) };
};

/**
 * @type {Generator} One serpentine island: full land rows on even rows, joined by a single land
 * cell at alternating ends of the odd rows — a path about m·n/2 cells long with no shortcuts.
 */
export const snake = (rng, params) => {
  const [m, n] = sizeOf(rng, params);
  return { grid: gridOf(m, n, (r, c) => r % 2 === 0 || c === (r % 4 === 1 ? n - 1 : 0)) };
};

/**
 * @type {Generator} A checkerboard: every land cell is its own island (they touch only at corners),
 * about m·n/2 islands — and a single one if diagonal neighbours were counted as connected.
 */
export const checkerboard = (rng, params) => {
  const [m, n] = sizeOf(rng, params);
  const phase = rng.int(0, 1);
  return { grid: gridOf(m, n, (r, c) => (r + c + phase) % 2 === 0) };
};

/**
 * @type {Generator} Concentric square rings of land separated by rings of water: nested islands,
 * each ring a long cycle around the ones inside it.
 */
export const rings = (rng, params) => {
  const [m, n] = sizeOf(rng, params);
  return { grid: gridOf(m, n, (r, c) => Math.min(r, c, m - 1 - r, n - 1 - c) % 2 === 0) };
};
