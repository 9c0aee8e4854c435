import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadCatalogue } from '@mianjing/core';
import { pythonRuntime } from '@mianjing/core/judge';
import { afterAll, describe, expect, it } from 'vitest';
import { allInputs, referenceJs } from './problems.js';
import { pythonBaselines } from './python.js';
import { loadInHost } from './runner.js';

const run = promisify(execFile);
const catalogue = loadCatalogue();
// runner.py needs Debian's python3 with numpy, not the judge's sandbox.
const python = await pythonRuntime({ allowUnsandboxed: true });
if (!python.available) console.warn(`\n*** SKIPPED runner.py tests: ${python.reason} (install python3-numpy) ***\n`);

/** Equal, numbers within a relative 1e-6 (the ML problems' float comparisons are no stricter). */
function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  return a === b;
}

describe.skipIf(!python.available)('runner.py, the Python baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mianjing-bench-runner-py-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const setUp = async (id: string) => {
    const problem = catalogue.problem(id);
    if (!problem) throw new Error(`no problem ${id}`);
    const tests = { dir: join(dir, id), testsFile: join(dir, id, 'tests.json'), inputs: await allInputs(catalogue, problem) };
    mkdirSync(tests.dir, { recursive: true });
    writeFileSync(tests.testsFile, JSON.stringify(tests.inputs));
    return { problem, tests };
  };

  it.each(catalogue.problems.map((p) => p.id))('%s: a fresh python3 gives the TypeScript reference’s outputs', async (id) => {
    const { problem, tests } = await setUp(id);
    const { command, args, env } = pythonBaselines.submission(problem, tests, 0);
    const { stdout } = await run(command, args, { env, maxBuffer: 256 * 1024 * 1024 });
    const expected = loadInHost(referenceJs(problem), problem.judge)(structuredClone(tests.inputs)).outputs;
    const outputs = JSON.parse(stdout) as unknown[];
    expect(outputs).toHaveLength(tests.inputs.length);
    const differing = outputs.flatMap((output, i) => (close(output, expected[i]) ? [] : [i]));
    expect(differing).toEqual([]);
  });

  it('times the warm calls of each run after the warm-up', async () => {
    const { problem, tests } = await setUp('rotate-matrix');
    const times = await pythonBaselines.bareTimes(problem, tests, 3, 2);
    expect(times).toHaveLength(3);
    expect(times.every((ms) => ms > 0 && ms < 10_000)).toBe(true);
  });
});
