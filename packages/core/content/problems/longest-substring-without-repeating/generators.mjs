// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

const MAX_N = 50_000;
/** Every printable ASCII character, space (32) to tilde (126): 95 of them. */
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/**
 * @param {import('../../../src/rng.js').Rng} rng
 * @param {Record<string, unknown>} params
 */
const lengthOf = (rng, params) =>
  Math.min(MAX_N, typeof params.n === 'number' ? params.n : rng.int(Number(params.min ?? 0), Number(params.max ?? 40)));

/**
 * @param {import('../../../src/rng.js').Rng} rng
 * @param {number} size
 */
const alphabetOf = (rng, size) => rng.shuffle(PRINTABLE.split('')).slice(0, Math.max(1, Math.min(95, size)));

/**
 * @type {Generator} Characters drawn uniformly from a random alphabet of params.k printable
 * characters (default: all 95). Small alphabets mean many repeats.
 */
export const random = (rng, params) => {
  const alphabet = alphabetOf(rng, Number(params.k ?? 95));
  let s = '';
  for (let i = lengthOf(rng, params); i > 0; i--) s += rng.pick(alphabet);
  return { s };
};

/**
 * @type {Generator} A random ordering of params.k distinct characters (default 95), repeated:
 * every window of k consecutive characters is repeat-free, so the answer is k, and a
 * solution that re-scans each window does k steps per position.
 */
export const cyclic = (rng, params) => {
  const cycle = alphabetOf(rng, Number(params.k ?? 95)).join('');
  const n = lengthOf(rng, params);
  return { s: cycle.repeat(Math.ceil(n / cycle.length)).slice(0, n) };
};

/**
 * @type {Generator} Random text over a few characters, with params.k distinct characters (default 95)
 * appended at the end: the longest window is the last one, which a solution that only records the
 * best window when it meets a repeat never records.
 */
export const uniqueTail = (rng, params) => {
  const tail = alphabetOf(rng, Number(params.k ?? 95));
  const head = tail.slice(0, 3);
  const n = Math.max(0, lengthOf(rng, params) - tail.length);
  let s = '';
  for (let i = 0; i < n; i++) s += rng.pick(head);
  return { s: s + tail.join('') };
};

/** @type {Generator} One character repeated (params.char, default a random printable one). */
export const constant = (rng, params) => ({
  s: (typeof params.char === 'string' ? params.char : rng.pick(PRINTABLE.split(''))).repeat(lengthOf(rng, params)),
});
