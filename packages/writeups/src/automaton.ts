/**
 * An Aho–Corasick automaton over UTF-16 code units: every occurrence of every
 * pattern in a text, in one pass, in time linear in the text plus the number
 * of occurrences. Built once per catalogue; a line is scanned once.
 */
export class Automaton<P> {
  private readonly edges: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Patterns ending at a node: indices into `payloads`. */
  private readonly ends: number[][] = [[]];
  /** The nearest node along the fail links that ends a pattern (-1: none). */
  private output: Int32Array = new Int32Array(1);
  private readonly payloads: { payload: P; length: number }[] = [];
  private built = false;
  /** Transitions, fail-link steps and reported matches, over every scan: the work done. */
  steps = 0;

  add(pattern: string, payload: P): void {
    if (this.built) throw new Error('the automaton is already built');
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const edges = this.edges[node] as Map<number, number>;
      let next = edges.get(code);
      if (next === undefined) {
        next = this.edges.length;
        edges.set(code, next);
        this.edges.push(new Map());
        this.ends.push([]);
      }
      node = next;
    }
    (this.ends[node] as number[]).push(this.payloads.length);
    this.payloads.push({ payload, length: pattern.length });
  }

  build(): this {
    const count = this.edges.length;
    this.fail = new Int32Array(count);
    this.output = new Int32Array(count).fill(-1);
    const queue: number[] = [];
    for (const child of (this.edges[0] as Map<number, number>).values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      const failOfNode = this.fail[node] as number;
      this.output[node] = (this.ends[failOfNode] as number[]).length > 0 ? failOfNode : (this.output[failOfNode] as number);
      for (const [code, child] of this.edges[node] as Map<number, number>) {
        let f = failOfNode;
        while (f !== 0 && !(this.edges[f] as Map<number, number>).has(code)) f = this.fail[f] as number;
        const target = (this.edges[f] as Map<number, number>).get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
    this.built = true;
    return this;
  }

  /** Calls `onMatch(start, end, payload)` for every occurrence, ordered by end. */
  scan(text: string, onMatch: (start: number, end: number, payload: P) => void): void {
    if (!this.built) this.build();
    let node = 0;
    let steps = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = (this.edges[node] as Map<number, number>).get(code);
      while (next === undefined && node !== 0) {
        node = this.fail[node] as number;
        next = (this.edges[node] as Map<number, number>).get(code);
        steps++;
      }
      node = next ?? 0;
      steps++;
      for (let out = node; out > 0; out = this.output[out] as number) {
        for (const index of this.ends[out] as number[]) {
          const { payload, length } = this.payloads[index] as { payload: P; length: number };
          onMatch(i + 1 - length, i + 1, payload);
          steps++;
        }
      }
    }
    this.steps += steps;
  }

  get size(): number {
    return this.edges.length;
  }
}
