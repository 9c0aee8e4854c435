// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/**
 * An N×C×H×W batch; each channel has its own offset so some maps are entirely negative.
 * Values carry two decimals, so tests stay short.
 * @param {Rng} rng
 * @param {number[]} shape
 * @param {[number, number]} offsets range of the per-channel offset
 */
const batch = (rng, [n = 1, c = 1, h = 1, w = 1], [lo, hi]) =>
  Array.from({ length: n }, () =>
    Array.from({ length: c }, () => {
      const offset = rng.float(lo, hi);
      return Array.from({ length: h }, () => Array.from({ length: w }, () => Math.round((offset + rng.float(-5, 5)) * 100) / 100));
    }),
  );

/**
 * @type {Generator} Random sizes up to the given maxima (n, c, hw, k, stride); padding up to ⌊k/2⌋;
 * H and W at least k − 2·padding so the output is never empty.
 */
export const randomPool = (rng, params) => {
  const kernelSize = rng.int(1, num(params.k, 5));
  const padding = rng.int(0, Math.floor(kernelSize / 2));
  const stride = rng.int(1, num(params.stride, 4));
  const least = Math.max(1, kernelSize - 2 * padding);
  const hw = Math.max(least, num(params.hw, 12));
  const shape = [rng.int(1, num(params.n, 2)), rng.int(1, num(params.c, 3)), rng.int(least, hw), rng.int(least, hw)];
  return { x: batch(rng, shape, [-10, 10]), kernelSize, stride, padding };
};

/**
 * @type {Generator} Every value negative (at most −0.01) with padding ≥ 1: padding with zeros
 * instead of −∞ turns every border output into 0.
 */
export const negativeMaps = (rng, params) => {
  const kernelSize = rng.int(2, 5);
  const padding = rng.int(1, Math.floor(kernelSize / 2));
  const stride = rng.int(1, 3);
  const hw = num(params.hw, 16);
  const shape = [rng.int(1, 2), rng.int(1, 3), rng.int(kernelSize, hw), rng.int(kernelSize, hw)];
  const x = batch(rng, shape, [-20, -20]).map((image) => image.map((plane) => plane.map((row) => row.map((v) => Math.min(v, -0.01)))));
  return { x, kernelSize, stride, padding };
};

/**
 * @type {Generator} Sizes where the stride does not divide H + 2P − k: the last partial window
 * must be dropped (floor), not kept (ceil).
 */
export const partialWindows = (rng, params) => {
  const kernelSize = rng.int(2, 4);
  const padding = rng.int(0, Math.floor(kernelSize / 2));
  const stride = rng.int(2, 3);
  /** A size with (size + 2P − k) mod stride ≠ 0. */
  const size = () => {
    let s = rng.int(Math.max(1, kernelSize - 2 * padding), num(params.hw, 20));
    while ((s + 2 * padding - kernelSize) % stride === 0) s++;
    return s;
  };
  return { x: batch(rng, [rng.int(1, 2), rng.int(1, 3), size(), size()], [-10, 10]), kernelSize, stride, padding };
};

/** @type {Generator} The largest input with the most work per output (k = 5, stride 1, padding 2) unless given. */
export const atLimit = (rng, params) => ({
  x: batch(rng, [num(params.n, 4), num(params.c, 16), num(params.h, 64), num(params.w, 64)], [-10, 10]),
  kernelSize: num(params.k, 5),
  stride: num(params.stride, 1),
  padding: num(params.padding, 2),
});
