// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** Two decimals keep the tests small; the sums of such numbers stay ordered, so x1 <= x2 holds. */
const round2 = (/** @type {number} */ v) => Math.round(v * 100) / 100;

/**
 * A box with its top-left corner in [lo, hi)² and sides in [0, maxSide); with probability
 * `degenerate` one or both sides are 0 (a segment or a point).
 * @param {Rng} rng @param {number} lo @param {number} hi @param {number} maxSide @param {number} degenerate
 */
const box = (rng, lo, hi, maxSide, degenerate) => {
  const x1 = round2(rng.float(lo, hi));
  const y1 = round2(rng.float(lo, hi));
  let w = round2(rng.float(0, maxSide));
  let h = round2(rng.float(0, maxSide));
  if (rng.next() < degenerate) {
    const kind = rng.int(0, 2);
    if (kind !== 1) w = 0;
    if (kind !== 0) h = 0;
  }
  return [x1, y1, round2(x1 + w), round2(y1 + h)];
};

/**
 * @type {Generator} Boxes scattered over a square of side `span` with sides up to `maxSide`:
 * a mix of overlapping, touching-free and far-apart pairs (apart along one axis or both).
 */
export const scattered = (rng, params) => {
  const n = num(params.n, 50);
  const m = num(params.m, 50);
  const span = num(params.span, 100);
  const maxSide = num(params.maxSide, 40);
  const degenerate = num(params.degenerate, 0.05);
  const lo = num(params.lo, -span / 2);
  const make = () => box(rng, lo, lo + span, maxSide, degenerate);
  return { boxes1: Array.from({ length: n }, make), boxes2: Array.from({ length: m }, make) };
};

/**
 * @type {Generator} Detection-like: `boxes1` are objects, `boxes2` noisy predictions around
 * them (shifted and rescaled by up to `noise` of the object's size), so most IoUs are high.
 */
export const jittered = (rng, params) => {
  const n = num(params.n, 20);
  const m = num(params.m, 100);
  const noise = num(params.noise, 0.3);
  const boxes1 = Array.from({ length: n }, () => box(rng, 0, 7000, 1000, 0));
  const boxes2 = Array.from({ length: m }, () => {
    const [x1, y1, x2, y2] = /** @type {[number, number, number, number]} */ (rng.pick(boxes1));
    const w = x2 - x1;
    const h = y2 - y1;
    const nx1 = round2(x1 + rng.float(-noise, noise) * w);
    const ny1 = round2(y1 + rng.float(-noise, noise) * h);
    const nw = round2(Math.max(0, w * (1 + rng.float(-noise, noise))));
    const nh = round2(Math.max(0, h * (1 + rng.float(-noise, noise))));
    return [nx1, ny1, round2(nx1 + nw), round2(ny1 + nh)];
  });
  return { boxes1, boxes2 };
};

/**
 * @type {Generator} Small integer grid with many points and segments, repeated boxes and
 * boxes sharing edges: zero unions, touching boxes and exact IoUs.
 */
export const gridDegenerate = (rng, params) => {
  const n = num(params.n, 30);
  const m = num(params.m, 30);
  const grid = num(params.grid, 6);
  const make = () => {
    const x1 = rng.int(0, grid);
    const y1 = rng.int(0, grid);
    const kind = rng.int(0, 3); // 0: point, 1: horizontal segment, 2: vertical segment, 3: box
    const w = kind === 0 || kind === 2 ? 0 : rng.int(1, 3);
    const h = kind === 0 || kind === 1 ? 0 : rng.int(1, 3);
    return [x1, y1, x1 + w, y1 + h];
  };
  const boxes1 = Array.from({ length: n }, make);
  const boxes2 = Array.from({ length: m }, () => (rng.next() < 0.3 ? [.../** @type {number[]} */ (rng.pick(boxes1))] : make()));
  return { boxes1, boxes2 };
};
