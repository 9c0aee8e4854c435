import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/catalogue.js';
import { MianjingError } from '../errors.js';
import { createJudge } from './judge.js';
import { MAX_SOURCE_BYTES } from './schema.js';

const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 2 });
afterAll(() => judge.close());

const SQRT_TS = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';

describe('compiling', () => {
  it('a TypeScript syntax error is a CompileError at the line and column of the user file', async () => {
    const code = 'function mySqrt(x: number): number {\n  const y: number = x +;\n  return y;\n}';
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'run', code });
    expect(result.verdict).toBe('CompileError');
    expect(result.compileError).toMatchObject({ line: 2, column: 24 });
    expect(result.compileError?.message).toMatch(/Unexpected/);
  });

  it('code that never defines the expected function is a CompileError naming it', async () => {
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'javascript', mode: 'run', code: 'function sqrt(x) { return 1; }' });
    expect(result.verdict).toBe('CompileError');
    expect(result.compileError?.message).toBe('the code does not define mySqrt');
  });
});

describe('results', () => {
  it('runtime errors carry the message and a stack in the user’s own TypeScript lines', async () => {
    const code = [
      'interface Options {', //  1
      '  strict: boolean;', //    2
      '}', //                     3
      'type Pair = [number, number];', // 4
      '', //                      5
      'function helper(x: number): number {', // 6
      '  const opts: Options = { strict: true };', // 7
      '  if (x > 10 && opts.strict) {', // 8
      "    throw new Error('too big: ' + x);", // 9
      '  }', //                   10
      '  return x;', //           11
      '}', //                     12
      'function mySqrt(x: number): number {', // 13
      '  return helper(x) >= 0 ? Math.floor(Math.sqrt(x)) : 0;', // 14
      '}',
    ].join('\n');
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code });
    expect(result.verdict).toBe('RuntimeError');
    expect(result.runtimeError).toMatchObject({ name: 'Error', line: 9 });
    expect(result.runtimeError?.message).toMatch(/^too big: \d+$/);
    expect(result.runtimeError?.stack).toContain('solution.ts:9:');
    expect(result.runtimeError?.stack).toContain('solution.ts:14:');
    expect(result.runtimeError?.stack).not.toContain('harness');
  });

  it('visible tests show input, expected, actual and console output; hidden ones only the first failure', async () => {
    const code =
      "var mySqrt = function (x) { console.log('x is', x); return x > 2 ? Math.round(Math.sqrt(x)) : Math.floor(Math.sqrt(x)); };";
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'javascript', mode: 'submit', code });
    expect(result.verdict).toBe('WrongAnswer');
    const [first, second] = result.tests;
    expect(first).toMatchObject({
      group: 'example',
      status: 'Accepted',
      input: { json: '{"x":4}' },
      expected: { json: '2' },
      actual: { json: '2' },
      stdout: 'x is 4\n',
    });
    expect(second).toMatchObject({ group: 'example', status: 'WrongAnswer', actual: { json: '3' }, message: 'output: expected 2, got 3' });
    const hiddenFailures = result.tests.filter((t) => t.group !== 'example' && t.status === 'WrongAnswer');
    expect(hiddenFailures.length).toBeGreaterThan(1);
    expect(hiddenFailures[0]?.input).toBeDefined();
    expect(hiddenFailures.slice(1).every((t) => t.input === undefined && t.actual === undefined && t.stdout === undefined)).toBe(true);
    expect(result.passed).toBe(result.tests.filter((t) => t.status === 'Accepted').length);
  });

  it('reports CPU time and peak heap', async () => {
    const result = await judge.judge({
      problemId: 'quicksort',
      language: 'typescript',
      mode: 'submit',
      code: catalogue.problem('quicksort')?.reference.typescript ?? '',
    });
    expect(result.verdict).toBe('Accepted');
    expect(result.maxTimeMs).toBeGreaterThan(0);
    expect(result.totalTimeMs).toBeGreaterThanOrEqual(result.maxTimeMs);
    expect(result.peakHeapMb).toBeGreaterThan(0);
  });
});

describe('run mode', () => {
  it('runs the examples plus custom inputs, whose answer comes from the reference solution', async () => {
    const result = await judge.judge({
      problemId: 'sqrt-x',
      language: 'typescript',
      mode: 'run',
      code: SQRT_TS,
      customInputs: [{ x: 99 }, { x: 2147483647 }],
    });
    expect(result.verdict).toBe('Accepted');
    expect(result.total).toBe(catalogue.problem('sqrt-x')!.tests.examples.length + 2);
    expect(result.tests.at(-2)).toMatchObject({ group: 'custom', expected: { json: '9' }, input: { json: '{"x":99}' } });
    expect(result.tests.at(-1)).toMatchObject({ group: 'custom', expected: { json: '46340' } });
  });

  it('a custom input that does not fit the signature is refused, naming it', async () => {
    const error = await judge
      .judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: SQRT_TS, customInputs: [{ x: 4 }, { x: 'four' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MianjingError);
    expect(error).toMatchObject({ code: 'invalid_input', fields: { 'customInputs.1': 'input.x: expected int, got "four"' } });
  });
});

describe('bad requests', () => {
  it('names each bad field', async () => {
    const error = await judge
      .judge({ problemId: 'sqrt-x', language: 'cobol' as 'typescript', mode: 'submit', code: '' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_request' });
    expect(Object.keys((error as MianjingError).fields ?? {}).sort()).toEqual(['code', 'language']);
  });

  it('refuses code over the size limit', async () => {
    const code = `${SQRT_TS}\n//${'x'.repeat(MAX_SOURCE_BYTES)}`;
    const error = await judge.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_request', fields: { code: 'code is larger than 64 KiB' } });
  });

  it('an unknown problem is not found', async () => {
    const error = await judge
      .judge({ problemId: 'no-such-problem', language: 'typescript', mode: 'submit', code: SQRT_TS })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'problem_not_found' });
  });
});

describe('problem kinds', () => {
  it('linked lists arrive as ListNode chains and go back as arrays', async () => {
    const code = `function sortList(head: ListNode | null): ListNode | null {
  if (head !== null && !(head instanceof ListNode)) throw new Error('not a ListNode');
  const values: number[] = [];
  for (let n = head; n; n = n.next) values.push(n.val);
  values.sort((a, b) => a - b);
  let out: ListNode | null = null;
  for (let i = values.length - 1; i >= 0; i--) out = new ListNode(values[i], out);
  return out;
}`;
    const result = await judge.judge({ problemId: 'sort-list', language: 'typescript', mode: 'submit', code });
    expect(result.verdict).toBe('Accepted');
  });

  it('a returned list with a cycle is a WrongAnswer that says so', async () => {
    const code = 'var sortList = function (head) { if (head && head.next) { head.next.next = head; } return head; };';
    const result = await judge.judge({ problemId: 'sort-list', language: 'javascript', mode: 'run', code });
    expect(result.verdict).toBe('WrongAnswer');
    expect(result.tests.find((t) => t.status === 'WrongAnswer')?.message).toMatch(/cycle/);
  });

  it('in-place problems are judged on the mutated argument', async () => {
    const returnsCopy =
      'function rotate(matrix: number[][]): void { return matrix[0].map((_, c) => matrix.map((row) => row[c]).reverse()) as any; }';
    const inPlace = `function rotate(matrix: number[][]): void {
  const rotated = matrix[0].map((_, c) => matrix.map((row) => row[c]).reverse());
  rotated.forEach((row, r) => { matrix[r] = row; });
}`;
    expect((await judge.judge({ problemId: 'rotate-matrix', language: 'typescript', mode: 'submit', code: returnsCopy })).verdict).toBe(
      'WrongAnswer',
    );
    expect((await judge.judge({ problemId: 'rotate-matrix', language: 'typescript', mode: 'submit', code: inPlace })).verdict).toBe(
      'Accepted',
    );
  });

  it('float answers may come back as typed arrays; NaN is never close to a number', async () => {
    const typed = `function softmax(x: number[][]): number[][] {
  return x.map((row) => { const m = Math.max(...row); const e = Float64Array.from(row, (v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s) as unknown as number[]; });
}`;
    expect((await judge.judge({ problemId: 'softmax', language: 'typescript', mode: 'submit', code: typed })).verdict).toBe('Accepted');
    const nan = 'var softmax = function (x) { return x.map((row) => row.map(() => NaN)); };';
    const result = await judge.judge({ problemId: 'softmax', language: 'javascript', mode: 'run', code: nan });
    expect(result.verdict).toBe('WrongAnswer');
    expect(result.tests[0]?.message).toMatch(/NaN/);
  });

  it('a custom checker accepts any valid triple, not only the reference one', async () => {
    // Prefix minimum and suffix maximum around each middle: a valid triple, usually not the greedy's.
    const code = `function increasingTripletIndices(nums: number[]): number[] {
  const n = nums.length;
  const suffixMax: number[] = new Array(n);
  for (let k = n - 1; k >= 0; k--) suffixMax[k] = k + 1 < n && nums[suffixMax[k + 1]] > nums[k] ? suffixMax[k + 1] : k;
  let minIndex = 0;
  for (let j = 1; j + 1 < n; j++) {
    const k = suffixMax[j + 1];
    if (nums[minIndex] < nums[j] && nums[j] < nums[k]) return [minIndex, j, k];
    if (nums[j] < nums[minIndex]) minIndex = j;
  }
  return [];
}`;
    const result = await judge.judge({ problemId: 'increasing-triplet-witness', language: 'typescript', mode: 'submit', code });
    expect(result.tests.filter((t) => t.status !== 'Accepted').map((t) => [t.status, t.message])).toEqual([]);
  });
});

describe('batches of quick tests', () => {
  // sqrt-x's tests run x = 4, 8, 0, 1, 2, 3, 15…: quick tests share one call into the isolate.
  const statuses = (result: { tests: { status: string }[] }) => result.tests.map((t) => t.status);

  it('a test that loops forever after quick ones is the one that gets TimeLimitExceeded; the ones before keep their verdicts', async () => {
    const code = 'function mySqrt(x: number): number { if (x === 1) while (true) {} return Math.floor(Math.sqrt(x)); }';
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code });
    expect(result.verdict).toBe('TimeLimitExceeded');
    expect(statuses(result).slice(0, 5)).toEqual(['Accepted', 'Accepted', 'Accepted', 'TimeLimitExceeded', 'Skipped']);
    expect(result.passed).toBe(3);
    expect(result.tests[3]?.input?.json).toBe('{"x":1}');
  });

  it('a memory bomb after quick tests is MemoryLimitExceeded on its own test', async () => {
    const code =
      'function mySqrt(x) { if (x === 2) { const a = []; while (true) a.push(new Array(1e6).fill(x)); } return Math.floor(Math.sqrt(x)); }';
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'javascript', mode: 'submit', code });
    expect(result.verdict).toBe('MemoryLimitExceeded');
    expect(statuses(result).slice(0, 6)).toEqual(['Accepted', 'Accepted', 'Accepted', 'Accepted', 'MemoryLimitExceeded', 'Skipped']);
  });

  it('each test is charged its own share of the CPU time', async () => {
    const code =
      'function mySqrt(x) { if (x === 15) { const end = Date.now() + 40; while (Date.now() < end) {} } return Math.floor(Math.sqrt(x)); }';
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'javascript', mode: 'submit', code });
    expect(result.verdict).toBe('Accepted');
    const times = result.tests.map((t) => t.timeMs);
    const slow = times[6] as number;
    const others = times.filter((_, i) => i !== 6).sort((a, b) => a - b);
    expect(Math.max(...times)).toBe(slow);
    expect(slow).toBeGreaterThan(10 * (others[others.length >> 1] as number));
    expect(result.totalTimeMs).toBeGreaterThanOrEqual(slow);
  });
});

describe('concurrency', () => {
  it('runs at most N submissions at once and never blocks the event loop', async () => {
    const single = createJudge({ catalogue, concurrency: 1 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const loop = 'var mySqrt = function (x) { for (;;) {} };';
    const pending = [1, 2, 3].map(() => single.judge({ problemId: 'sqrt-x', language: 'javascript', mode: 'run', code: loop }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(single.load).toEqual({ active: 1, waiting: 2 });
    const results = await Promise.all(pending);
    clearInterval(timer);
    expect(results.map((r) => r.verdict)).toEqual(['TimeLimitExceeded', 'TimeLimitExceeded', 'TimeLimitExceeded']);
    // Three one-second loops ran while the host kept ticking.
    expect(ticks).toBeGreaterThan(50);
    await single.close();
  });
});
