/**
 * A Map iterates in insertion order, so deleting and re-inserting a key
 * moves it to the end: the first key is always the least recently used.
 * @param {number} capacity
 */
var LRUCache = function (capacity) {
  this.capacity = capacity;
  this.map = new Map();
};

/**
 * @param {number} key
 * @return {number}
 */
LRUCache.prototype.get = function (key) {
  if (!this.map.has(key)) return -1;
  const value = this.map.get(key);
  this.map.delete(key);
  this.map.set(key, value);
  return value;
};

/**
 * @param {number} key
 * @param {number} value
 * @return {void}
 */
LRUCache.prototype.put = function (key, value) {
  if (this.map.has(key)) this.map.delete(key);
  else if (this.map.size === this.capacity) this.map.delete(this.map.keys().next().value);
  this.map.set(key, value);
};
