import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/catalogue.js';
import { fixtureContent } from '../testing/fixture-content.js';
import { createJudge } from './judge.js';

// Hostile submissions against sqrt-x (and a design problem for constructors).
// Each must get the stated verdict, reach nothing of the host, and leave the
// judge working for the next submission.
const judge = createJudge({ catalogue: loadCatalogue(fixtureContent(['sqrt-x', 'range-sum-2d'])), concurrency: 2 });
afterAll(() => judge.close());

const GOOD = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';
const submit = (code: string, problemId = 'sqrt-x') => judge.judge({ problemId, language: 'javascript', mode: 'submit', code });
const fn = (body: string) => `var mySqrt = function (x) {\n${body}\n};`;

async function expectStillWorks() {
  const result = await judge.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: GOOD });
  expect(result.verdict).toBe('Accepted');
}

describe('hostile code', () => {
  const runtimeErrors: [string, string, RegExp][] = [
    ['process', fn('return process.pid;'), /process is not defined/],
    ['require', fn("return require('fs').readFileSync('/etc/passwd', 'utf8').length;"), /require is not defined/],
    [
      'the Function constructor escape',
      fn("const p = globalThis.constructor.constructor('return process')(); return p.env.HOME.length;"),
      /process is not defined/,
    ],
    ['fetch', fn("fetch('http://example.com'); return 1;"), /fetch is not defined/],
    ['setTimeout', fn('setTimeout(() => {}, 0); return 1;'), /setTimeout is not defined/],
    ['SharedArrayBuffer', fn('const b = new SharedArrayBuffer(16); return b.byteLength;'), /SharedArrayBuffer is not defined/],
    ['Atomics.wait', fn('Atomics.wait(new Int32Array(4), 0, 0); return 1;'), /Atomics.wait is not a function/],
    ['reading the environment', fn('return Object.keys(process.env).length;'), /process is not defined/],
    ['deep recursion', fn('function down(n) { return down(n + 1) + 1; }\nreturn down(0);'), /Maximum call stack size exceeded/],
  ];
  it.each(runtimeErrors)('%s is a RuntimeError with no host access', async (_, code, message) => {
    const result = await submit(code);
    expect(result.verdict).toBe('RuntimeError');
    expect(result.runtimeError?.message).toMatch(message);
    await expectStillWorks();
  });

  it('writing a file reaches no disk', async () => {
    const path = `/tmp/mianjing-escape-${process.pid}`;
    const result = await submit(fn(`require('fs').writeFileSync('${path}', 'x'); return 1;`));
    expect(result.verdict).toBe('RuntimeError');
    expect(existsSync(path)).toBe(false);
  });

  it('dynamic import() is refused', async () => {
    const result = await submit(fn("return import('node:fs');"));
    expect(result.verdict).toBe('RuntimeError');
    expect(result.runtimeError?.message).toMatch(/Not supported/);
    await expectStillWorks();
  });

  it('an async solution is a RuntimeError that says solutions must be synchronous', async () => {
    const result = await submit('async function mySqrt(x) { return Math.floor(Math.sqrt(x)); }');
    expect(result.verdict).toBe('RuntimeError');
    expect(result.tests[0]?.message).toMatch(/synchronous/);
  });

  it('an infinite loop is a TimeLimitExceeded and the rest is skipped', async () => {
    const result = await submit(fn('while (true) {}'));
    expect(result.verdict).toBe('TimeLimitExceeded');
    expect(result.tests[0]?.status).toBe('TimeLimitExceeded');
    expect(result.tests.slice(1).every((t) => t.status === 'Skipped')).toBe(true);
    await expectStillWorks();
  });

  it('an infinite loop at the top level is a TimeLimitExceeded', async () => {
    const result = await submit(`while (true) {}\n${fn('return 0;')}`);
    expect(result.verdict).toBe('TimeLimitExceeded');
  });

  it('an infinite loop inside a class constructor is a TimeLimitExceeded', async () => {
    const result = await submit('class NumMatrix { constructor(m) { for (;;) {} } sumRegion() { return 0; } }', 'range-sum-2d');
    expect(result.verdict).toBe('TimeLimitExceeded');
    await expectStillWorks();
  });

  it('a memory bomb is a MemoryLimitExceeded', async () => {
    const result = await submit(fn('const hoard = []; for (;;) hoard.push(new Array(100000).fill(x + 0.5));'));
    expect(result.verdict).toBe('MemoryLimitExceeded');
    await expectStillWorks();
  });

  it('a flood of console.log is an OutputLimitExceeded', async () => {
    const result = await submit(fn("for (let i = 0; i < 1e6; i++) console.log('flood', i);\nreturn Math.floor(Math.sqrt(x));"));
    expect(result.verdict).toBe('OutputLimitExceeded');
    await expectStillWorks();
  });

  it('a returned Proxy whose traps loop forever cannot hang the judge', async () => {
    const result = await submit(fn('return new Proxy({}, { get() { for (;;) {} }, has() { for (;;) {} } });'));
    expect(result.verdict).toBe('TimeLimitExceeded');
    await expectStillWorks();
  });

  it('a returned object with a hostile getter is read as data, not trusted', async () => {
    const result = await submit(fn("return { get valueOf() { throw new Error('gotcha'); }, toString() { return '2'; } };"));
    expect(result.verdict).toBe('WrongAnswer');
  });

  it('rewriting JSON, Array.prototype and Object.is cannot fool the comparison', async () => {
    const code = `JSON.stringify = () => '2'; JSON.parse = () => 2;
Array.prototype.every = () => true; Array.isArray = () => true; Object.is = () => true;
Number.isFinite = () => true; String = () => '2';
${fn('return -1;')}`;
    const result = await submit(code);
    expect(result.verdict).toBe('WrongAnswer');
    await expectStillWorks();
  });

  it('a returned object nested 100,000 deep is a WrongAnswer that says so, not a crash of the host', async () => {
    const result = await submit(fn('let v = [x]; for (let i = 0; i < 100000; i++) v = [v]; return v;'));
    expect(result.verdict).toBe('WrongAnswer');
    expect(result.tests[0]?.message).toMatch(/nested too deeply/);
    await expectStillWorks();
  });

  it('no state leaks from one submission to the next', async () => {
    await submit(`globalThis.leak = 42; ${fn('return Math.floor(Math.sqrt(x));')}`);
    const result = await submit(fn("return typeof leak === 'undefined' ? Math.floor(Math.sqrt(x)) : -1;"));
    expect(result.verdict).toBe('Accepted');
  });
});

// Promise callbacks run after the user's code returned, as the call into the
// isolate ends. Solutions are synchronous, so callbacks still running a moment
// after the return are work that never ends: the test is a TimeLimitExceeded
// that says why, long before the limit's watchdog or a growing chain's heap.
describe('code left running after the solution returned', () => {
  const LIMIT_MS = 1000; // sqrt-x's time limit
  const LEFT_RUNNING = /promise callbacks .* still running after the solution returned; solutions must be synchronous/;
  const sqrt = 'return Math.floor(Math.sqrt(x));';

  const runaways: [string, string][] = [
    [
      'a promise chain that grows forever (it used to fill the heap: MemoryLimitExceeded after 2.5 s)',
      fn(`const f = () => Promise.resolve().then(f); f();\n${sqrt}`),
    ],
    ['a promise loop', fn(`const f = () => { Promise.resolve().then(f); }; f();\n${sqrt}`)],
    ['a thenable that resolves to itself', fn(`const t = { then(resolve) { resolve(t); } }; Promise.resolve(t);\n${sqrt}`)],
    ['an async function awaiting forever', fn(`(async () => { for (;;) await null; })();\n${sqrt}`)],
    [
      'an async generator iterated forever',
      fn(`async function* g() { for (;;) yield 1; }\n(async () => { for await (const v of g()) {} })();\n${sqrt}`),
    ],
    ['an async solution that never settles', 'async function mySqrt(x) { for (;;) await null; }'],
  ];
  it.each(runaways)('%s is a TimeLimitExceeded on the test that started it, within the limit', async (_, code) => {
    const started = Date.now();
    const result = await submit(code);
    expect(result.verdict).toBe('TimeLimitExceeded');
    expect(result.tests[0]).toMatchObject({ status: 'TimeLimitExceeded', timeMs: LIMIT_MS });
    expect(result.tests[0]?.message).toMatch(LEFT_RUNNING);
    expect(result.tests.slice(1).every((t) => t.status === 'Skipped')).toBe(true);
    // Stopped well before the watchdog's twice the limit, for the batch and again for the test alone.
    expect(Date.now() - started).toBeLessThan(4 * LIMIT_MS);
    await expectStillWorks();
  });

  it('the test whose callbacks run on is the one that fails, not the ones before it', async () => {
    const result = await submit(fn(`if (x === 8) Promise.resolve().then(function f() { Promise.resolve().then(f); });\n${sqrt}`));
    expect(result.verdict).toBe('TimeLimitExceeded');
    const first = result.tests.findIndex((t) => t.status !== 'Accepted');
    expect(result.tests[first]).toMatchObject({ status: 'TimeLimitExceeded', input: { json: '{"x":8}' } });
    expect(result.tests.slice(0, first).every((t) => t.status === 'Accepted')).toBe(true);
    await expectStillWorks();
  });

  it('a promise chain started at the top level is a TimeLimitExceeded', async () => {
    const result = await submit(`const f = () => Promise.resolve().then(f); f();\n${fn(sqrt)}`);
    expect(result.verdict).toBe('TimeLimitExceeded');
    expect(result.tests.every((t) => t.status === 'Skipped')).toBe(true);
    await expectStillWorks();
  });

  it('the time of callbacks that do end is charged to the test that left them, and only to it', async () => {
    const busy = 'const until = Date.now() + 60; while (Date.now() < until) {}';
    const result = await judge.judge({
      problemId: 'sqrt-x',
      language: 'javascript',
      mode: 'run',
      code: fn(`if (x === 8) Promise.resolve().then(() => { ${busy} });\n${sqrt}`),
      customInputs: [{ x: 9 }],
    });
    expect(result.verdict).toBe('Accepted');
    const [four, eight, nine] = result.tests;
    expect(eight?.timeMs).toBeGreaterThanOrEqual(50);
    expect(four?.timeMs).toBeLessThan(20);
    expect(nine?.timeMs).toBeLessThan(20);
  });

  it('what promise callbacks print after a test returned lands in no test (no OutputLimitExceeded for the next one)', async () => {
    const flood = "for (let i = 0; i < 20000; i++) console.log('late', i);";
    // Slow enough that each test is a call of its own: the flood runs between the first two calls.
    const slow = 'const until = Date.now() + 8; while (Date.now() < until) {}';
    const result = await judge.judge({
      problemId: 'sqrt-x',
      language: 'javascript',
      mode: 'run',
      code: fn(`${slow}\nconsole.log('x is', x);\nif (x === 4) Promise.resolve().then(() => { ${flood} });\n${sqrt}`),
      customInputs: [{ x: 9 }],
    });
    expect(result.verdict).toBe('Accepted');
    expect(result.tests.map((t) => t.stdout)).toEqual(['x is 4\n', 'x is 8\n', 'x is 9\n']);
  });

  it('queueMicrotask does not exist in the sandbox', async () => {
    const result = await submit(fn(`const f = () => queueMicrotask(f); f();\n${sqrt}`));
    expect(result.verdict).toBe('RuntimeError');
    expect(result.runtimeError?.message).toMatch(/queueMicrotask is not defined/);
    await expectStillWorks();
  });

  it('FinalizationRegistry does not exist: its callbacks would run between calls, outside every limit (one looping forever hung the judge)', async () => {
    const code = `const registry = new FinalizationRegistry(() => { for (;;) {} });
${fn(`for (let i = 0; i < 2000; i++) registry.register({ big: new Array(1000) }, i);\n${sqrt}`)}`;
    const result = await submit(code);
    expect(result.verdict).toBe('RuntimeError');
    expect(result.runtimeError?.message).toMatch(/FinalizationRegistry is not defined/);
    await expectStillWorks();
  });

  it('WeakRef runs no code and still works', async () => {
    const result = await submit(
      fn(`const ref = new WeakRef({ root: Math.floor(Math.sqrt(x)) });\nreturn ref.deref()?.root ?? Math.floor(Math.sqrt(x));`),
    );
    expect(result.verdict).toBe('Accepted');
  });

  it('a returned thenable is refused without calling its then', async () => {
    const result = await submit(fn('return { then() { for (;;) {} } };'));
    expect(result.verdict).toBe('RuntimeError');
    expect(result.tests[0]?.message).toMatch(/synchronous/);
    await expectStillWorks();
  });
});
