// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** @param {Rng} rng @param {number} rows @param {number} cols @param {number} scale */
const uniform = (rng, rows, cols, scale) =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.float(-scale, scale)));

/**
 * @type {Generator} n tokens of width dModel with four dModel x dModel weights.
 * numHeads is taken from params, or drawn from the divisors of dModel.
 */
export const layer = (rng, params) => {
  const n = num(params.n, 32);
  const dModel = num(params.dModel, 32);
  const divisors = Array.from({ length: dModel }, (_, i) => i + 1).filter((h) => dModel % h === 0);
  const numHeads = num(params.numHeads, rng.pick(divisors));
  const xScale = num(params.xScale, 1);
  const wScale = num(params.wScale, 0.5);
  return {
    x: uniform(rng, n, dModel, xScale),
    wq: uniform(rng, dModel, dModel, wScale),
    wk: uniform(rng, dModel, dModel, wScale),
    wv: uniform(rng, dModel, dModel, wScale),
    wo: uniform(rng, dModel, dModel, wScale),
    numHeads,
  };
};
