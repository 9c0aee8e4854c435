interface Entry {
  key: number;
  value: number;
  lastUsed: number;
}

// Entries in a plain array stamped with the time of their last use: every
// lookup scans the array, and eviction scans it again for the oldest stamp.
class LRUCache {
  private readonly capacity: number;
  private readonly entries: Entry[] = [];
  private clock = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  private find(key: number): Entry | undefined {
    for (const entry of this.entries) if (entry.key === key) return entry;
    return undefined;
  }

  get(key: number): number {
    const entry = this.find(key);
    if (entry === undefined) return -1;
    entry.lastUsed = ++this.clock;
    return entry.value;
  }

  put(key: number, value: number): void {
    const entry = this.find(key);
    if (entry !== undefined) {
      entry.value = value;
      entry.lastUsed = ++this.clock;
      return;
    }
    const fresh = { key, value, lastUsed: ++this.clock };
    if (this.entries.length < this.capacity) {
      this.entries.push(fresh);
      return;
    }
    let oldest = 0;
    for (let i = 1; i < this.entries.length; i++) {
      if (this.entries[i].lastUsed < this.entries[oldest].lastUsed) oldest = i;
    }
    this.entries[oldest] = fresh;
  }
}
