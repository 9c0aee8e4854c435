// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/**
 * Coordinates on a grid of quarter units: every area, intersection and union is then exact
 * in double precision, so an IoU equal to the threshold is exactly equal for every correct
 * formula, and no test hangs on rounding.
 */
const quarter = (/** @type {number} */ v) => Math.round(v * 4) / 4;

/** Scores with two decimals: many exact ties, which the tie rule decides. */
const score = (/** @type {Rng} */ rng, /** @type {number} */ levels) => rng.int(0, levels) / levels;

/**
 * @type {Generator} Detection-like output: `objects` objects in a 10⁴ × 10⁴ image, each
 * with a cloud of jittered candidate boxes of mixed quality, plus a few stray boxes.
 */
export const clusters = (rng, params) => {
  const n = num(params.n, 200);
  const objects = num(params.objects, 10);
  const jitter = num(params.jitter, 0.25);
  const levels = num(params.levels, 100);
  const centres = Array.from({ length: objects }, () => {
    const w = rng.float(50, 2000);
    const h = rng.float(50, 2000);
    return [rng.float(0, 10000 - w), rng.float(0, 10000 - h), w, h];
  });
  const boxes = Array.from({ length: n }, () => {
    if (rng.next() < 0.05) {
      const x1 = quarter(rng.float(0, 9900));
      const y1 = quarter(rng.float(0, 9900));
      return [x1, y1, quarter(x1 + rng.float(0, 100)), quarter(y1 + rng.float(0, 100))];
    }
    const [x, y, w, h] = /** @type {[number, number, number, number]} */ (rng.pick(centres));
    const x1 = quarter(Math.max(0, x + rng.float(-jitter, jitter) * w));
    const y1 = quarter(Math.max(0, y + rng.float(-jitter, jitter) * h));
    const x2 = quarter(Math.min(10000, Math.max(x1, x + w + rng.float(-jitter, jitter) * w)));
    const y2 = quarter(Math.min(10000, Math.max(y1, y + h + rng.float(-jitter, jitter) * h)));
    return [x1, y1, x2, y2];
  });
  return { boxes, scores: boxes.map(() => score(rng, levels)), iouThreshold: num(params.iouThreshold, 0.5) };
};

/**
 * @type {Generator} Small boxes on a small integer grid: heavy overlaps, IoUs that equal the
 * threshold exactly (0.5, 1/3, 0.25…), chains of suppression and many tied scores.
 */
export const grid = (rng, params) => {
  const n = num(params.n, 60);
  const size = num(params.size, 8);
  const levels = num(params.levels, 5);
  const boxes = Array.from({ length: n }, () => {
    const x1 = rng.int(0, size);
    const y1 = rng.int(0, size);
    return [x1, y1, x1 + rng.int(0, 4), y1 + rng.int(0, 4)];
  });
  return { boxes, scores: boxes.map(() => score(rng, levels)), iouThreshold: num(params.iouThreshold, 0.5) };
};

/**
 * @type {Generator} A chain of `n` equal boxes, each shifted right by `step` from the last, with
 * scores falling along the chain: neighbours overlap above the threshold, boxes two apart do not.
 * Greedy NMS keeps every other box; letting suppressed boxes suppress keeps only the first.
 */
export const chain = (rng, params) => {
  const n = num(params.n, 50);
  const step = num(params.step, 1);
  const width = num(params.width, 4);
  const boxes = Array.from({ length: n }, (_, i) => [i * step, 0, i * step + width, 10]);
  const scores = boxes.map((_, i) => 1 - i / n);
  const order = rng.shuffle(boxes.map((_, i) => i));
  return {
    boxes: order.map((i) => /** @type {number[]} */ (boxes[i])),
    scores: order.map((i) => /** @type {number} */ (scores[i])),
    iouThreshold: num(params.iouThreshold, 0.5),
  };
};

/**
 * @type {Generator} Many small boxes scattered over the image with few overlaps: nearly every
 * box is kept, the worst case for the greedy loop (about n²/2 IoUs).
 */
export const sparse = (rng, params) => {
  const n = num(params.n, 3000);
  const maxSide = num(params.maxSide, 60);
  const boxes = Array.from({ length: n }, () => {
    const x1 = quarter(rng.float(0, 10000 - maxSide));
    const y1 = quarter(rng.float(0, 10000 - maxSide));
    return [x1, y1, quarter(x1 + rng.float(1, maxSide)), quarter(y1 + rng.float(1, maxSide))];
  });
  return { boxes, scores: boxes.map(() => rng.next()), iouThreshold: num(params.iouThreshold, 0.5) };
};
