// @ts-check
/** @typedef {import('../../../src/content/modules.js').Generator} Generator */
/** @typedef {import('../../../src/rng.js').Rng} Rng */

const MAX_KEY = 100_000;
const MAX_VALUE = 100_000;

/**
 * Records calls in LeetCode's operations/arguments format.
 * @param {number} capacity
 */
const recorder = (capacity) => {
  /** @type {string[]} */
  const operations = ['LRUCache'];
  /** @type {number[][]} */
  const args = [[capacity]];
  return {
    /** @param {number} key */
    get: (key) => {
      operations.push('get');
      args.push([key]);
    },
    /** @param {number} key @param {number} value */
    put: (key, value) => {
      operations.push('put');
      args.push([key, value]);
    },
    size: () => operations.length - 1,
    done: () => ({ operations, arguments: args }),
  };
};

/**
 * @param {Record<string, unknown>} params
 * @param {string} name
 * @param {number} fallback
 */
const num = (params, name, fallback) => (typeof params[name] === 'number' ? /** @type {number} */ (params[name]) : fallback);

/**
 * @type {Generator} Uniformly random gets and puts over keys 0..keyMax. Small by default (capacity
 * 1..8, up to 60 calls, about twice as many keys as slots, so hits, misses, updates and evictions all
 * happen); params capacity, calls, keyMax and getShare scale it up. With params.fill the cache is
 * first filled with `capacity` distinct keys.
 */
export const randomOps = (rng, params) => {
  const capacity = num(params, 'capacity', rng.int(1, 8));
  const calls = num(params, 'calls', rng.int(1, 60));
  const keyMax = Math.min(MAX_KEY, num(params, 'keyMax', 2 * capacity + 1));
  const getShare = num(params, 'getShare', 0.5);
  const cache = recorder(capacity);
  if (params.fill === true) {
    const keys = rng.shuffle(Array.from({ length: keyMax + 1 }, (_, k) => k)).slice(0, Math.min(capacity, calls));
    for (const key of keys) cache.put(key, rng.int(0, MAX_VALUE));
  }
  while (cache.size() < calls) {
    if (rng.next() < getShare) cache.get(rng.int(0, keyMax));
    else cache.put(rng.int(0, keyMax), rng.int(0, MAX_VALUE));
  }
  return cache.done();
};

/**
 * @type {Generator} Fills the cache, then keeps coming back to recently used keys (temporal locality,
 * what caches are for): with probability params.locality (default 0.9) a call reuses one of the last
 * 16 keys touched, otherwise any key up to keyMax. Gets and puts in equal measure. Recently used keys
 * sit at the far end of a recency list, so finding them by a linear scan costs the whole capacity.
 */
export const locality = (rng, params) => {
  const capacity = num(params, 'capacity', 3000);
  const calls = num(params, 'calls', 200_000);
  const keyMax = Math.min(MAX_KEY, num(params, 'keyMax', MAX_KEY));
  const share = num(params, 'locality', 0.9);
  const cache = recorder(capacity);
  /** @type {number[]} */
  const recent = [];
  for (let k = 0; k < capacity && cache.size() < calls; k++) {
    const key = rng.int(0, keyMax);
    cache.put(key, rng.int(0, MAX_VALUE));
    recent.push(key);
  }
  while (cache.size() < calls) {
    const key = rng.next() < share ? /** @type {number} */ (recent[recent.length - 1 - rng.int(0, Math.min(16, recent.length) - 1)]) : rng.int(0, keyMax);
    if (rng.next() < 0.5) cache.get(key);
    else cache.put(key, rng.int(0, MAX_VALUE));
    recent.push(key);
    if (recent.length > 64) recent.splice(0, recent.length - 16);
  }
  return cache.done();
};

/**
 * @type {Generator} Puts of ever new keys on a full cache, so nearly every put evicts (keys cycle
 * through all 10^5 + 1 values and come back only long after they left). Each put is followed by a get
 * of either the key inserted `capacity` puts earlier, right at the edge of eviction (still cached or
 * just evicted, depending on which keys the gets refreshed), or a random recently inserted key.
 */
export const churn = (rng, params) => {
  const capacity = num(params, 'capacity', 3000);
  const calls = num(params, 'calls', 200_000);
  const cache = recorder(capacity);
  let next = 0;
  /** @type {number[]} */
  const order = []; // keys in insertion order
  while (cache.size() < calls) {
    const key = next;
    next = (next + 1) % (MAX_KEY + 1);
    cache.put(key, rng.int(0, MAX_VALUE));
    order.push(key);
    if (cache.size() >= calls) break;
    const edge = order.length > capacity ? order[order.length - capacity - 1] : undefined;
    const recent = order[rng.int(Math.max(0, order.length - capacity), order.length - 1)];
    cache.get(/** @type {number} */ (edge !== undefined && rng.next() < 0.5 ? edge : recent));
  }
  return cache.done();
};
