// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/**
 * A random word over the first `alphabet` lowercase letters.
 * @param {Rng} rng
 * @param {number} n
 * @param {number} alphabet
 */
const word = (rng, n, alphabet) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + rng.int(0, alphabet - 1))).join('');

/**
 * Applies the scramble operation itself: split at a random point, swap the halves with probability 1/2, recurse.
 * @param {Rng} rng
 * @param {string} s
 * @returns {string}
 */
const scramble = (rng, s) => {
  if (s.length <= 1) return s;
  const k = rng.int(1, s.length - 1);
  const left = scramble(rng, s.slice(0, k));
  const right = scramble(rng, s.slice(k));
  return rng.next() < 0.5 ? right + left : left + right;
};

/** @param {Record<string, unknown>} params */
const sizes = (params) => ({
  n: typeof params.n === 'number' ? params.n : 30,
  alphabet: typeof params.alphabet === 'number' ? params.alphabet : 26,
});

/** @type {Generator} A genuine scramble of a random word: the answer is true. */
export const scrambled = (rng, params) => {
  const { n, alphabet } = sizes(params);
  const s1 = word(rng, n, alphabet);
  return { s1, s2: scramble(rng, s1) };
};

/** @type {Generator} A random permutation of the same letters: the letter counts always match, the answer is almost always false. */
export const shuffled = (rng, params) => {
  const { n, alphabet } = sizes(params);
  const s1 = word(rng, n, alphabet);
  return { s1, s2: rng.shuffle(s1.split('')).join('') };
};

/**
 * @type {Generator} A scramble with two letters exchanged afterwards: same letters, nearly the same tree,
 * usually false — every prefix split passes the letter-count test for a long time.
 */
export const nearMiss = (rng, params) => {
  const { n, alphabet } = sizes(params);
  const s1 = word(rng, n, alphabet);
  const chars = scramble(rng, s1).split('');
  const i = rng.int(0, n - 1);
  let j = rng.int(0, n - 1);
  for (let tries = 0; tries < 100 && chars[j] === chars[i]; tries++) j = rng.int(0, n - 1);
  [chars[i], chars[j]] = [/** @type {string} */ (chars[j]), /** @type {string} */ (chars[i])];
  return { s1, s2: chars.join('') };
};

/**
 * @type {Generator} Four blocks, each scrambled inside, then laid out in the order 2-4-1-3 or 3-1-4-2 — the two
 * block orders no sequence of splits and swaps can produce. Many sub-problems are true, the whole is usually false.
 */
export const blockTrap = (rng, params) => {
  const { n, alphabet } = sizes(params);
  const s1 = word(rng, n, alphabet);
  const cuts = [0, rng.int(1, n - 3), 0, 0, n];
  cuts[2] = rng.int(/** @type {number} */ (cuts[1]) + 1, n - 2);
  cuts[3] = rng.int(/** @type {number} */ (cuts[2]) + 1, n - 1);
  const blocks = [0, 1, 2, 3].map((b) => scramble(rng, s1.slice(cuts[b], cuts[b + 1])));
  const order = rng.next() < 0.5 ? [1, 3, 0, 2] : [2, 0, 3, 1];
  return { s1, s2: order.map((b) => blocks[b]).join('') };
};
