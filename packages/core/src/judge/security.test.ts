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
    ['the Function constructor escape', fn("const p = globalThis.constructor.constructor('return process')(); return p.env.HOME.length;"), /process is not defined/],
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

  it('no state leaks from one submission to the next', async () => {
    await submit(`globalThis.leak = 42; ${fn('return Math.floor(Math.sqrt(x));')}`);
    const result = await submit(fn("return typeof leak === 'undefined' ? Math.floor(Math.sqrt(x)) : -1;"));
    expect(result.verdict).toBe('Accepted');
  });
});
