import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Problem } from '@mianjing/core';
import type { Baselines, Command, ProblemTests } from './overhead.js';

const run = promisify(execFile);

/** runner.py, the Python baseline; it stays in `src/`, found from `src/` and `dist/` alike. */
export const RUNNER_PY = fileURLToPath(new URL('../src/runner.py', import.meta.url));

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

/** Python's baselines: bare in one long-lived `python3`, and a fresh `python3` per submission. */
export const pythonBaselines: Baselines = {
  language: 'python',
  lineComment: '#',
  timeLimitMs: (problem) => problem.python.timeLimitMs,
  async bareTimes(problem, tests, runs, warmup) {
    const bare = runnerCommand('bare', problem, writeCode(problem, tests, 'reference.py'), tests.testsFile, [String(runs), String(warmup)]);
    const { stdout } = await run(bare.command, bare.args, { env: bare.env, maxBuffer: 16 * 1024 * 1024 });
    return (JSON.parse(stdout) as { times: number[] }).times;
  },
  submission: (problem, tests, index) =>
    runnerCommand('process', problem, writeCode(problem, tests, `submission-${index}.py`), tests.testsFile),
};
