// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {Record<string, unknown>} params */
const lengthOf = (params) => (typeof params.n === 'number' ? params.n : 100_000);

/**
 * A removal count drawn from a few regimes: tiny, a fraction of n, almost everything.
 * @param {Rng} rng
 * @param {number} n
 */
const someK = (rng, n) => {
  const regime = rng.int(0, 3);
  if (regime === 0) return rng.int(1, Math.min(n, 10));
  if (regime === 1) return rng.int(1, n);
  if (regime === 2) return Math.max(1, Math.floor(n / 2));
  return Math.max(1, n - rng.int(1, Math.min(n, 10)));
};

/**
 * @param {Rng} rng
 * @param {number} n
 * @param {() => number} digit
 */
const numberOf = (rng, n, digit) => {
  const out = [String(rng.int(1, 9))];
  for (let i = 1; i < n; i++) out.push(String(digit()));
  return out.join('');
};

/** @type {Generator} Uniform random digits, no leading zero. */
export const randomDigits = (rng, params) => {
  const n = lengthOf(params);
  return { num: numberOf(rng, n, () => rng.int(0, 9)), k: someK(rng, n) };
};

/**
 * @type {Generator} Non-decreasing digits: nothing is popped, the answer is a prefix. The worst case for
 * solutions that rescan from the left after every removal.
 */
export const ascending = (rng, params) => {
  const n = lengthOf(params);
  const digits = Array.from({ length: n }, () => rng.int(1, 9)).sort((a, b) => a - b);
  return { num: digits.join(''), k: rng.int(Math.floor(n / 4), Math.floor((3 * n) / 4)) };
};

/** @type {Generator} Non-increasing digits: every new digit pops, the answer is a suffix. */
export const descending = (rng, params) => {
  const n = lengthOf(params);
  const digits = Array.from({ length: n }, () => rng.int(0, 9)).sort((a, b) => b - a);
  if (digits[0] === 0) digits[0] = 9;
  return { num: digits.join(''), k: someK(rng, n) };
};

/** @type {Generator} Mostly zeros after a non-zero lead: removing a few digits exposes long runs of leading zeros. */
export const zeroHeavy = (rng, params) => {
  const n = lengthOf(params);
  const num = numberOf(rng, n, () => (rng.next() < 0.9 ? 0 : rng.int(1, 9)));
  return { num, k: rng.next() < 0.5 ? rng.int(1, 5) : someK(rng, n) };
};

/** @type {Generator} Remove every digit, or all but one. */
export const removeAll = (rng, params) => {
  const n = lengthOf(params);
  const num = numberOf(rng, n, () => rng.int(0, 9));
  return { num, k: rng.next() < 0.5 ? n : n - 1 };
};
