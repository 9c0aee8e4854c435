// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** A value in [-scale, scale] with four decimals, so tests stay short. @param {Rng} rng @param {number} scale */
const value = (rng, scale) => Math.round(rng.float(-scale, scale) * 1e4) / 1e4;

/**
 * @param {Rng} rng
 * @param {number[]} shape
 * @param {number} scale
 * @returns {any}
 */
const tensor = (rng, shape, scale) => {
  const [size = 0, ...rest] = shape;
  return Array.from({ length: size }, () => (rest.length === 0 ? value(rng, scale) : tensor(rng, rest, scale)));
};

/**
 * One test from its sizes: inputs in [-2, 2], weights and biases in [-1, 1].
 * @param {Rng} rng
 * @param {{ n: number, c: number, h: number, w: number, kh: number, kw: number, stride: number, padding: number }} s
 */
const make = (rng, s) => ({
  x: tensor(rng, [s.n, s.c, s.h, s.w], 2),
  weight: tensor(rng, [s.c, 1, s.kh, s.kw], 1),
  bias: tensor(rng, [s.c], 1),
  stride: s.stride,
  padding: s.padding,
});

/**
 * @type {Generator} Random sizes up to the given maxima (n, c, hw, k, stride, padding); at least
 * `minC` channels (default 2) so that mixing channels shows; the output is never empty.
 */
export const randomDepthwise = (rng, params) => {
  const hwMax = num(params.hw, 12);
  for (;;) {
    const s = {
      n: rng.int(1, num(params.n, 2)),
      c: rng.int(num(params.minC, 2), num(params.c, 6)),
      h: rng.int(1, hwMax),
      w: rng.int(1, hwMax),
      kh: rng.int(1, num(params.k, 5)),
      kw: rng.int(1, num(params.k, 5)),
      stride: rng.int(1, num(params.stride, 3)),
      padding: rng.int(0, num(params.padding, 3)),
    };
    if (s.h + 2 * s.padding >= s.kh && s.w + 2 * s.padding >= s.kw) return make(rng, s);
  }
};

/** @type {Generator} Every size at its limit (or as given): the most work a test can ask for. */
export const atLimit = (rng, params) =>
  make(rng, {
    n: num(params.n, 4),
    c: num(params.c, 32),
    h: num(params.h, 32),
    w: num(params.w, 32),
    kh: num(params.kh, 5),
    kw: num(params.kw, 5),
    stride: num(params.stride, 1),
    padding: num(params.padding, 2),
  });
