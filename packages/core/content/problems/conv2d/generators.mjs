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
 * One test from its sizes; the input values lie in [-2, 2], weights and biases in [-1, 1].
 * @param {Rng} rng
 * @param {{ n: number, c: number, o: number, h: number, w: number, kh: number, kw: number, stride: number, padding: number, dilation: number }} s
 */
const make = (rng, s) => ({
  x: tensor(rng, [s.n, s.c, s.h, s.w], 2),
  weight: tensor(rng, [s.o, s.c, s.kh, s.kw], 1),
  bias: tensor(rng, [s.o], 1),
  stride: s.stride,
  padding: s.padding,
  dilation: s.dilation,
});

/** Output length along one axis. @param {number} size @param {number} k @param {number} s @param {number} p @param {number} d */
const outSize = (size, k, s, p, d) => Math.floor((size + 2 * p - d * (k - 1) - 1) / s) + 1;

/**
 * @type {Generator} Every size drawn at random within the limits given (n, c, o, hw, k, stride,
 * padding, dilation are maxima); draws again until both output sizes are at least 1.
 */
export const randomConv = (rng, params) => {
  for (;;) {
    const hwMax = num(params.hw, 16);
    const kMax = num(params.k, 5);
    const s = {
      n: rng.int(1, num(params.n, 2)),
      c: rng.int(1, num(params.c, 4)),
      o: rng.int(1, num(params.o, 4)),
      h: rng.int(1, hwMax),
      w: rng.int(1, hwMax),
      kh: rng.int(1, kMax),
      kw: rng.int(1, kMax),
      stride: rng.int(1, num(params.stride, 3)),
      padding: rng.int(0, num(params.padding, 3)),
      dilation: rng.int(1, num(params.dilation, 3)),
    };
    if (outSize(s.h, s.kh, s.stride, s.padding, s.dilation) >= 1 && outSize(s.w, s.kw, s.stride, s.padding, s.dilation) >= 1) {
      return make(rng, s);
    }
  }
};

/**
 * @type {Generator} Strided (2 or 3) and dilated (2 or 3) at once, with spatial sizes chosen so
 * that H + 2p − d(k − 1) is a multiple of the stride: the output size without the "− 1" is then
 * one too large.
 */
export const stridedDilated = (rng, params) => {
  const stride = rng.int(2, 3);
  const dilation = rng.int(2, 3);
  const padding = rng.int(0, 3);
  const kh = rng.int(2, 3);
  const kw = rng.int(2, 3);
  /** @param {number} k */
  const sizeFor = (k) => {
    const span = dilation * (k - 1);
    const base = Math.max(1, span + 1 - 2 * padding);
    // Smallest size >= base with (size + 2p − span) divisible by the stride, plus a few strides.
    let size = base;
    while ((size + 2 * padding - span) % stride !== 0) size++;
    return size + stride * rng.int(0, 5);
  };
  return make(rng, {
    n: rng.int(1, num(params.n, 2)),
    c: rng.int(1, num(params.c, 3)),
    o: rng.int(1, num(params.o, 3)),
    h: sizeFor(kh),
    w: sizeFor(kw),
    kh,
    kw,
    stride,
    padding,
    dilation,
  });
};

/** @type {Generator} Every size at its limit (or as given): the most work a test can ask for. */
export const atLimit = (rng, params) =>
  make(rng, {
    n: num(params.n, 4),
    c: num(params.c, 8),
    o: num(params.o, 8),
    h: num(params.h, 32),
    w: num(params.w, 32),
    kh: num(params.kh, 5),
    kw: num(params.kw, 5),
    stride: num(params.stride, 1),
    padding: num(params.padding, 2),
    dilation: num(params.dilation, 1),
  });
