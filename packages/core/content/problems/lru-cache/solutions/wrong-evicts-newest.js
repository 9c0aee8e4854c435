/**
 * A doubly linked list in recency order, but eviction takes the wrong end.
 * @param {number} capacity
 */
var LRUCache = function (capacity) {
  this.capacity = capacity;
  this.nodes = new Map();
  this.head = { key: -1, value: -1, prev: null, next: null };
  this.tail = { key: -1, value: -1, prev: this.head, next: null };
  this.head.next = this.tail;
};

LRUCache.prototype.unlink = function (node) {
  node.prev.next = node.next;
  node.next.prev = node.prev;
};

LRUCache.prototype.pushBack = function (node) {
  node.prev = this.tail.prev;
  node.next = this.tail;
  this.tail.prev.next = node;
  this.tail.prev = node;
};

/**
 * @param {number} key
 * @return {number}
 */
LRUCache.prototype.get = function (key) {
  const node = this.nodes.get(key);
  if (node === undefined) return -1;
  this.unlink(node);
  this.pushBack(node);
  return node.value;
};

/**
 * @param {number} key
 * @param {number} value
 * @return {void}
 */
LRUCache.prototype.put = function (key, value) {
  const node = this.nodes.get(key);
  if (node !== undefined) {
    node.value = value;
    this.unlink(node);
    this.pushBack(node);
    return;
  }
  if (this.nodes.size === this.capacity) {
    // Evicts the node just before the tail: the most recently used one.
    const victim = this.tail.prev;
    this.unlink(victim);
    this.nodes.delete(victim.key);
  }
  const fresh = { key, value, prev: null, next: null };
  this.nodes.set(key, fresh);
  this.pushBack(fresh);
};
