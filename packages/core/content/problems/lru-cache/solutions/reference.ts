// A hash map from key to node, plus a doubly linked list of the nodes in
// recency order: the node after `head` is the least recently used, the node
// before `tail` the most recently used. Sentinels remove the edge cases.
class CacheNode {
  prev: CacheNode | null = null;
  next: CacheNode | null = null;
  constructor(
    public key: number,
    public value: number,
  ) {}
}

class LRUCache {
  private readonly capacity: number;
  private readonly nodes = new Map<number, CacheNode>();
  private readonly head = new CacheNode(-1, -1);
  private readonly tail = new CacheNode(-1, -1);

  constructor(capacity: number) {
    this.capacity = capacity;
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get(key: number): number {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.pushBack(node);
    return node.value;
  }

  put(key: number, value: number): void {
    const node = this.nodes.get(key);
    if (node !== undefined) {
      node.value = value;
      this.unlink(node);
      this.pushBack(node);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.head.next!;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const fresh = new CacheNode(key, value);
    this.nodes.set(key, fresh);
    this.pushBack(fresh);
  }

  private unlink(node: CacheNode): void {
    node.prev!.next = node.next;
    node.next!.prev = node.prev;
  }

  private pushBack(node: CacheNode): void {
    node.prev = this.tail.prev;
    node.next = this.tail;
    this.tail.prev!.next = node;
    this.tail.prev = node;
  }
}
