// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/**
 * @type {Generator} A noisy linear data set y = X w* + b* + noise. Feature j is
 * uniform on [c_j - 1, c_j + 1] with its own centre c_j in [-1, 2], so the
 * features are not centred and weights and bias are coupled. The true
 * weights lie in [-3, 3], the true bias in [-5, 5].
 */
export const dataset = (rng, params) => {
  const n = num(params.n, 200);
  const d = num(params.d, 5);
  const noise = num(params.noise, 0.5);
  const centres = Array.from({ length: d }, () => rng.float(-1, 2));
  const trueW = Array.from({ length: d }, () => rng.float(-3, 3));
  const trueB = rng.float(-5, 5);
  const X = Array.from({ length: n }, () => centres.map((c) => c + rng.float(-1, 1)));
  const y = X.map((row) => row.reduce((s, v, j) => s + v * (trueW[j] ?? 0), trueB) + rng.float(-noise, noise));
  return { X, y, learningRate: num(params.learningRate, 0.01), epochs: num(params.epochs, 500) };
};
