import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Catalogue, Problem } from '@mianjing/core';
import type { Baselines, Command, PlainDesign, ProblemTests } from './overhead.js';
import { splitArray } from './plain.js';
import { allInputs } from './problems.js';

const run = promisify(execFile);

/** runner.py, the Python baseline; it stays in `src/`, found from `src/` and `dist/` alike. */
export const RUNNER_PY = fileURLToPath(new URL('../src/runner.py', import.meta.url));
/** plain.py, the plain fork-per-submission design. */
export const PLAIN_PY = fileURLToPath(new URL('../src/plain.py', import.meta.url));

/** The interpreter the judge uses (Debian's, which `python3-numpy` installs numpy for), with the judge's flags. */
const PYTHON = '/usr/bin/python3';
const FLAGS = ['-I', '-B', '-X', 'utf8'];
/** The judge's worker environment: one BLAS thread. */
const ENV = { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1', LANG: 'C.UTF-8' };

/** runner.py in `mode` on a problem's tests, with the code in `codeFile`. */
export function runnerCommand(
  mode: 'bare' | 'process',
  problem: Problem,
  codeFile: string,
  testsFile: string,
  extra: readonly string[] = [],
): Command {
  const job = JSON.stringify({ spec: problem.judge, function: problem.python.function ?? null });
  return { command: PYTHON, args: [...FLAGS, RUNNER_PY, mode, job, codeFile, testsFile, ...extra], env: ENV };
}

const writeCode = (problem: Problem, tests: ProblemTests, name: string) => {
  const file = join(tests.dir, name);
  writeFileSync(file, problem.reference.python);
  return file;
};

/**
 * The plain fork-per-submission design (plain.py) for a problem: its server started with the
 * tests written once; each submission's answers compared as texts with the reference's (the
 * first submission the server judges).
 */
async function plainPython(catalogue: Catalogue, problem: Problem): Promise<PlainDesign> {
  const dir = mkdtempSync(join(tmpdir(), 'mianjing-bench-plain-py-'));
  const testsFile = join(dir, 'tests.json');
  writeFileSync(testsFile, JSON.stringify(await allInputs(catalogue, problem)));
  const job = JSON.stringify({ spec: problem.judge, function: problem.python.function ?? null });
  const server = spawn(PYTHON, [...FLAGS, PLAIN_PY, job, testsFile], { env: ENV, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();
  const submit = async (code: string): Promise<string> => {
    server.stdin.write(`${JSON.stringify(code)}\n`);
    const { value, done } = await lines.next();
    if (done) throw new Error('plain.py stopped');
    return value as string;
  };
  const reference = await submit(problem.reference.python);
  if (reference.startsWith('error:')) throw new Error(`plain.py: the reference of ${problem.id} failed: ${reference}`);
  const expected = splitArray(reference);
  return {
    async judge(code) {
      const answers = await submit(code);
      return !answers.startsWith('error:') && splitArray(answers).every((answer, i) => answer === expected[i]);
    },
    close() {
      server.stdin.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Python's baselines: bare in one long-lived `python3`, the plain fork-per-submission design, and a fresh `python3` per submission. */
export const pythonBaselines: Baselines = {
  language: 'python',
  lineComment: '#',
  timeLimitMs: (problem) => problem.python.timeLimitMs,
  async bareTimes(problem, tests, runs, warmup) {
    const bare = runnerCommand('bare', problem, writeCode(problem, tests, 'reference.py'), tests.testsFile, [String(runs), String(warmup)]);
    const { stdout } = await run(bare.command, bare.args, { env: bare.env, maxBuffer: 16 * 1024 * 1024 });
    return (JSON.parse(stdout) as { times: number[] }).times;
  },
  plain: plainPython,
  submission: (problem, tests, index) =>
    runnerCommand('process', problem, writeCode(problem, tests, `submission-${index}.py`), tests.testsFile),
};
