// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** Quarter units keep every area, intersection and union exact, so an IoU equal to the threshold is exact. */
const quarter = (/** @type {number} */ v) => Math.round(v * 4) / 4;

/**
 * A noisy copy of `box`: corners moved by up to `noise` of its width and height, clipped to
 * [0, size] and kept ordered.
 * @param {Rng} rng @param {number[]} box @param {number} noise @param {number} size
 */
const jitter = (rng, box, noise, size) => {
  const [x1, y1, x2, y2] = /** @type {[number, number, number, number]} */ (box);
  const w = x2 - x1;
  const h = y2 - y1;
  const clip = (/** @type {number} */ v) => quarter(Math.min(size, Math.max(0, v)));
  const nx1 = clip(x1 + rng.float(-noise, noise) * w);
  const ny1 = clip(y1 + rng.float(-noise, noise) * h);
  const nx2 = Math.max(nx1, clip(x2 + rng.float(-noise, noise) * w));
  const ny2 = Math.max(ny1, clip(y2 + rng.float(-noise, noise) * h));
  return [nx1, ny1, nx2, ny2];
};

/** @param {Rng} rng @param {number} size */
const randomBox = (rng, size) => {
  const w = rng.float(0.02, 0.4) * size;
  const h = rng.float(0.02, 0.4) * size;
  const x1 = quarter(rng.float(0, size - w));
  const y1 = quarter(rng.float(0, size - h));
  return [x1, y1, quarter(x1 + w), quarter(y1 + h)];
};

/**
 * @type {Generator} A small detection benchmark: `images` images with up to `objectsPerImage`
 * objects of `classes` classes; per object up to `detectionsPerObject` noisy detections
 * (duplicates included, now and then with the wrong class), plus stray false positives, some
 * in classes that have no ground truth. Scores come in `levels` steps, so ties are common, and
 * better boxes tend to score higher. Rows are shuffled.
 */
export const benchmark = (rng, params) => {
  const images = num(params.images, 20);
  const classes = num(params.classes, 3);
  const objectsPerImage = num(params.objectsPerImage, 4);
  const detectionsPerObject = num(params.detectionsPerObject, 3);
  const strays = num(params.strays, 0.3);
  const noise = num(params.noise, 0.25);
  const levels = num(params.levels, 20);
  const size = num(params.size, 1000);
  const score = (/** @type {number} */ quality) =>
    Math.min(levels, Math.max(0, Math.round((0.6 * quality + 0.4 * rng.next()) * levels))) / levels;

  /** @type {number[][]} */ const groundTruths = [];
  /** @type {number[][]} */ const detections = [];
  for (let image = 0; image < images; image++) {
    const objects = rng.int(0, objectsPerImage);
    for (let o = 0; o < objects; o++) {
      const cls = rng.int(0, classes - 1);
      const box = randomBox(rng, size);
      groundTruths.push([image, cls, ...box]);
      const copies = rng.int(0, detectionsPerObject);
      for (let c = 0; c < copies; c++) {
        const quality = rng.next();
        const detected = jitter(rng, box, noise * (1.2 - quality), size);
        const detectedClass = rng.next() < 0.1 ? rng.int(0, classes - 1) : cls;
        detections.push([image, detectedClass, score(quality), ...detected]);
      }
    }
    const extra = Math.floor(strays * objectsPerImage * rng.next() * 2);
    for (let e = 0; e < extra; e++) {
      // Classes up to `classes` inclusive: the last one never has a ground truth.
      detections.push([image, rng.int(0, classes), score(rng.next() * 0.5), ...randomBox(rng, size)]);
    }
  }
  if (groundTruths.length === 0) groundTruths.push([0, 0, ...randomBox(rng, size)]);
  if (detections.length === 0) detections.push([0, 0, score(rng.next()), ...randomBox(rng, size)]);
  return { detections: rng.shuffle(detections), groundTruths: rng.shuffle(groundTruths), iouThreshold: num(params.iouThreshold, 0.5) };
};

/**
 * @type {Generator} Crowded scenes on a coarse integer grid: overlapping objects of one or two
 * classes and many overlapping detections, so a detection's best ground truth is often already
 * taken, IoUs tie, and IoUs equal to the threshold happen.
 */
export const crowded = (rng, params) => {
  const images = num(params.images, 5);
  const objects = num(params.objects, 6);
  const detectionsPerImage = num(params.detectionsPerImage, 15);
  const classes = num(params.classes, 2);
  const levels = num(params.levels, 5);
  const cell = () => {
    const x1 = rng.int(0, 6);
    const y1 = rng.int(0, 6);
    return [x1, y1, x1 + rng.int(1, 4), y1 + rng.int(1, 4)];
  };
  /** @type {number[][]} */ const groundTruths = [];
  /** @type {number[][]} */ const detections = [];
  for (let image = 0; image < images; image++) {
    /** @type {number[][]} */ const here = [];
    for (let o = 0; o < objects; o++) here.push([image, rng.int(0, classes - 1), ...cell()]);
    groundTruths.push(...here);
    for (let d = 0; d < detectionsPerImage; d++) {
      const kind = rng.next();
      if (kind < 0.6) {
        // A copy of an object, exact or nudged by one unit: duplicates and near misses.
        const [, cls, x1, y1, x2, y2] = /** @type {[number, number, number, number, number, number]} */ (rng.pick(here));
        const dx = rng.int(-1, 1);
        const dy = kind < 0.3 ? 0 : rng.int(-1, 1);
        detections.push([image, cls, rng.int(0, levels) / levels, ...[x1 + dx, y1 + dy, x2 + dx, y2 + dy].map((v) => Math.max(0, v))]);
      } else {
        detections.push([image, rng.int(0, classes - 1), rng.int(0, levels) / levels, ...cell()]);
      }
    }
  }
  return { detections, groundTruths, iouThreshold: num(params.iouThreshold, 0.5) };
};
