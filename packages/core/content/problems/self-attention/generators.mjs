// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** @param {Rng} rng @param {number} rows @param {number} cols @param {number} scale */
const uniform = (rng, rows, cols, scale) =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.float(-scale, scale)));

/**
 * @type {Generator} n tokens of width dModel; projections to dK (queries, keys)
 * and dV (values). Entries of x lie in [-xScale, xScale], of the weights in
 * [-wScale, wScale]. When dK/dV are not given they are drawn from 1..dModel.
 */
export const block = (rng, params) => {
  const n = num(params.n, 64);
  const dModel = num(params.dModel, 64);
  const dK = num(params.dK, rng.int(1, dModel));
  const dV = num(params.dV, rng.int(1, dModel));
  const xScale = num(params.xScale, 1);
  const wScale = num(params.wScale, 0.5);
  return {
    x: uniform(rng, n, dModel, xScale),
    wq: uniform(rng, dModel, dK, wScale),
    wk: uniform(rng, dModel, dK, wScale),
    wv: uniform(rng, dModel, dV, wScale),
  };
};
