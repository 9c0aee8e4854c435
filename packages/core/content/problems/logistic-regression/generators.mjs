// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/**
 * @type {Generator} Binary labels from a logistic model: feature j is uniform on
 * [c_j - spread, c_j + spread] with its own centre c_j, true weights in
 * [-2, 2] and bias in [-1, 1]. With `separable` the label is 1 exactly when the
 * true score is positive; otherwise it is drawn with probability sigmoid(score),
 * so the classes overlap.
 */
export const classification = (rng, params) => {
  const n = num(params.n, 200);
  const d = num(params.d, 5);
  const spread = num(params.spread, 2);
  const separable = params.separable === true;
  const centres = Array.from({ length: d }, () => rng.float(-1, 1));
  const trueW = Array.from({ length: d }, () => rng.float(-2, 2));
  const trueB = rng.float(-1, 1);
  const X = Array.from({ length: n }, () => centres.map((c) => c + rng.float(-spread, spread)));
  const y = X.map((row) => {
    const score = row.reduce((s, v, j) => s + v * (trueW[j] ?? 0), trueB);
    const u = rng.next();
    if (separable) return score > 0 ? 1 : 0;
    return u < 1 / (1 + Math.exp(-score)) ? 1 : 0;
  });
  return { X, y, learningRate: num(params.learningRate, 0.1), epochs: num(params.epochs, 500) };
};
