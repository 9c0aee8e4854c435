// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

/** @param {unknown} v @param {number} fallback */
const num = (v, fallback) => (typeof v === 'number' ? v : fallback);

/** @param {number} v */
const round3 = (v) => Math.round(v * 1000) / 1000;

/**
 * An N×C×H×W batch in which every channel has its own centre and spread (values with three decimals).
 * @param {Rng} rng
 * @param {number} n @param {number} c @param {number} h @param {number} w
 * @param {number} scale largest centre in absolute value
 */
const batch = (rng, n, c, h, w, scale) => {
  const centres = Array.from({ length: c }, () => rng.float(-scale, scale));
  const spreads = Array.from({ length: c }, () => rng.pick([0.05, 0.5, 1, 3, 10]));
  return Array.from({ length: n }, () =>
    Array.from({ length: c }, (_, ch) =>
      Array.from({ length: h }, () => Array.from({ length: w }, () => round3((centres[ch] ?? 0) + rng.float(-1, 1) * (spreads[ch] ?? 1)))),
    ),
  );
};

/**
 * A batch shape with N·H·W ≥ 2 (training needs two values per channel).
 * @param {Rng} rng @param {number} maxN @param {number} maxHW
 * @returns {[number, number, number]}
 */
const shape = (rng, maxN, maxHW) => {
  for (;;) {
    const s = /** @type {[number, number, number]} */ ([rng.int(1, maxN), rng.int(1, maxHW), rng.int(1, maxHW)]);
    if (s[0] * s[1] * s[2] >= 2) return s;
  }
};

/**
 * @type {Generator} One layer's life: construction, maybe an affine transform, `steps` training
 * forwards of varying shapes with the running statistics read now and then, then eval forwards.
 * Params: c (channels, else random up to 6), steps, maxN, maxHW, evals, scale, momentum, eps.
 */
export const session = (rng, params) => {
  const c = num(params.c, rng.int(1, 6));
  const momentum = num(params.momentum, rng.pick([0.1, 0.1, 0.01, 0.2, 0.9]));
  const eps = num(params.eps, rng.pick([1e-5, 1e-5, 1e-3, 1e-8]));
  const maxN = num(params.maxN, 4);
  const maxHW = num(params.maxHW, 4);
  const scale = num(params.scale, 5);
  const operations = ['BatchNorm2d'];
  /** @type {unknown[][]} */
  const args = [[c, eps, momentum]];
  /** @param {string} op @param {unknown[]} a */
  const call = (op, a) => {
    operations.push(op);
    args.push(a);
  };
  const affine = () =>
    call('setAffine', [Array.from({ length: c }, () => round3(rng.float(-2, 2))), Array.from({ length: c }, () => round3(rng.float(-1, 1)))]);
  if (rng.next() < 0.7) affine();
  const steps = num(params.steps, 3);
  for (let s = 0; s < steps; s++) {
    const [n, h, w] = shape(rng, maxN, maxHW);
    call('forward', [batch(rng, n, c, h, w, scale), true]);
    if (rng.next() < 0.5) call('runningMean', []);
    if (rng.next() < 0.5) call('runningVar', []);
  }
  call('runningMean', []);
  call('runningVar', []);
  if (rng.next() < 0.3) affine();
  const evals = num(params.evals, 2);
  for (let e = 0; e < evals; e++) {
    const [n, h, w] = shape(rng, maxN, maxHW);
    call('forward', [batch(rng, n, c, h, w, scale), false]);
  }
  return { operations, arguments: args };
};

/**
 * @type {Generator} Tiny batches (2 to 4 values per channel: N×1×1 after global pooling, or one
 * image with a 1×2 or 2×1 map), where biased and unbiased variance differ by 33–100%.
 */
export const smallBatches = (rng, params) => {
  const c = rng.int(1, num(params.c, 8));
  const operations = ['BatchNorm2d'];
  /** @type {unknown[][]} */
  const args = [[c, 1e-5, rng.pick([0.1, 0.3])]];
  const steps = num(params.steps, 4);
  for (let s = 0; s < steps; s++) {
    const [n, h, w] = rng.pick([[2, 1, 1], [3, 1, 1], [4, 1, 1], [1, 1, 2], [1, 2, 1], [2, 1, 2]]);
    operations.push('forward', 'runningMean', 'runningVar');
    args.push([batch(rng, n, c, h, w, 3), true], [], []);
  }
  operations.push('forward');
  args.push([batch(rng, rng.int(1, 3), c, 1, 1, 3), false]);
  return { operations, arguments: args };
};

/**
 * @type {Generator} The largest tests: `c` channels, batches of n×c×hw×hw, `steps` training
 * forwards and `evals` eval forwards (about 2·10^5 values with the defaults).
 */
export const atLimit = (rng, params) => {
  const c = num(params.c, 16);
  const n = num(params.n, 8);
  const hw = num(params.hw, 16);
  const operations = ['BatchNorm2d', 'setAffine'];
  /** @type {unknown[][]} */
  const args = [
    [c, 1e-5, 0.1],
    [Array.from({ length: c }, () => round3(rng.float(-2, 2))), Array.from({ length: c }, () => round3(rng.float(-1, 1)))],
  ];
  for (let s = 0; s < num(params.steps, 4); s++) {
    operations.push('forward');
    args.push([batch(rng, n, c, hw, hw, 20), true]);
  }
  operations.push('runningMean', 'runningVar');
  args.push([], []);
  for (let e = 0; e < num(params.evals, 2); e++) {
    operations.push('forward');
    args.push([batch(rng, n, c, hw, hw, 20), false]);
  }
  return { operations, arguments: args };
};
