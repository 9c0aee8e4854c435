// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/**
 * @type {Generator} An `h` x `w` image of values uniform on [-range, range] resized to
 * `outH` x `outW`; a size left out is drawn uniformly from [1, `maxIn`] (input) or
 * [1, `maxOut`] (output), so up- and downsampling mix on each axis.
 */
export const noise = (rng, params) => {
  const h = num(params.h, rng.int(1, num(params.maxIn, 32)));
  const w = num(params.w, rng.int(1, num(params.maxIn, 32)));
  const outH = num(params.outH, rng.int(1, num(params.maxOut, 64)));
  const outW = num(params.outW, rng.int(1, num(params.maxOut, 64)));
  const range = num(params.range, 1000);
  const image = Array.from({ length: h }, () => Array.from({ length: w }, () => rng.float(-range, range)));
  return { image, outH, outW };
};

/**
 * @type {Generator} A smooth 8-bit-like photo stand-in: a sum of a gradient and a few
 * sinusoids with values in [0, 255], at the given sizes.
 */
export const smooth = (rng, params) => {
  const h = num(params.h, 64);
  const w = num(params.w, 64);
  const outH = num(params.outH, 128);
  const outW = num(params.outW, 128);
  const waves = Array.from({ length: 3 }, () => ({ fy: rng.float(0, 0.5), fx: rng.float(0, 0.5), phase: rng.float(0, 6.3) }));
  const gy = rng.float(-1, 1);
  const gx = rng.float(-1, 1);
  const image = Array.from({ length: h }, (_, y) =>
    Array.from({ length: w }, (_, x) => {
      let v = 127.5 + 30 * (gy * (y / h) + gx * (x / w));
      for (const wave of waves) v += 30 * Math.sin(wave.fy * y + wave.fx * x + wave.phase);
      return Math.min(255, Math.max(0, v));
    }),
  );
  return { image, outH, outW };
};
