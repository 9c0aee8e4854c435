// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** @param {import('../../../src/rng.js').Rng} rng roughly normal: the sum of three uniforms on [-1, 1] */
const bump = (rng) => rng.float(-1, 1) + rng.float(-1, 1) + rng.float(-1, 1);

/**
 * @type {Generator} `n` points in `d` dimensions around `clusters` random centres in
 * [-500, 500]^d (spread `spread`); the `k` initial centroids are points drawn from the data
 * (Forgy's initialisation), except the last `far` of them, which sit far outside the data
 * and never get a point (an empty cluster that must keep its centroid).
 */
export const blobs = (rng, params) => {
  const n = num(params.n, 300);
  const d = num(params.d, 2);
  const k = num(params.k, 5);
  const clusters = num(params.clusters, k);
  const spread = num(params.spread, 40);
  const far = num(params.far, 0);
  const centres = Array.from({ length: clusters }, () => Array.from({ length: d }, () => rng.float(-500, 500)));
  const points = Array.from({ length: n }, () => {
    const c = rng.pick(centres);
    return c.map((v) => v + spread * bump(rng));
  });
  const centroids = Array.from({ length: k }, (_, j) =>
    j >= k - far
      ? Array.from({ length: d }, () => rng.pick([-1, 1]) * rng.float(900, 1000))
      : (rng.pick(points) ?? []).slice(),
  );
  return { points, centroids, iterations: num(params.iterations, 20) };
};

/**
 * @type {Generator} Integer points on a small grid with integer initial centroids (some of
 * them repeated), run for one iteration: many points are exactly as far from two centroids,
 * and exact integer arithmetic makes every such tie a true tie, broken towards the smaller
 * index; a repeated centroid always loses its ties and keeps its position.
 */
export const integerGrid = (rng, params) => {
  const n = num(params.n, 200);
  const d = num(params.d, 2);
  const k = num(params.k, 6);
  const side = num(params.side, 6);
  const point = () => Array.from({ length: d }, () => rng.int(0, side));
  const points = Array.from({ length: n }, point);
  /** @type {number[][]} */
  const centroids = [];
  for (let j = 0; j < k; j++) centroids.push(j > 0 && rng.next() < 0.2 ? (rng.pick(centroids) ?? []).slice() : point());
  return { points, centroids, iterations: 1 };
};
