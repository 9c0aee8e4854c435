// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

const MAX = 2 ** 31 - 1;

/** @type {Generator} A uniform value over the whole range. */
export const anyInt = (rng) => ({ x: rng.int(0, MAX) });

/** @type {Generator} One below, at, or above a perfect square: where off-by-one errors show. */
export const nearSquare = (rng) => {
  const root = rng.int(1, 46340);
  return { x: Math.min(MAX, root * root + rng.int(-1, 1)) };
};
