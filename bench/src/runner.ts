import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JudgeSpec, TestInput } from '@mianjing/core';
import type { Baselines } from './overhead.js';
import { plainJudge, preparePlain } from './plain.js';
import { referenceJs } from './problems.js';

/**
 * Plain JavaScript that calls a LeetCode-style solution on test inputs, with
 * no sandbox and no comparison: the baseline the judge is measured against.
 * `__runAll(entry, spec, inputs)` returns the outputs and the milliseconds the
 * calls took. Used in-process (bare time) and in a fresh `node` per
 * submission (the classical process-per-submission judge).
 */
export const RUNNER_SOURCE = `
class ListNode { constructor(val, next) { this.val = val === undefined ? 0 : val; this.next = next === undefined ? null : next; } }
function __toList(values) { let head = null; for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head); return head; }
function __fromList(head) { const out = []; for (let n = head; n; n = n.next) out.push(n.val); return out; }
function __convert(params, values) { return params.map((p, i) => (p.type === 'ListNode' ? __toList(values[i]) : values[i])); }
function __runAll(entry, spec, inputs) {
  const outputs = [];
  const started = performance.now();
  for (const input of inputs) {
    if (spec.kind === 'design') {
      const ops = input.operations, args = input.arguments;
      const instance = new entry(...__convert(spec.constructorParams, args[0]));
      const results = [null];
      for (let i = 1; i < ops.length; i++) {
        const method = spec.methods.find((m) => m.name === ops[i]);
        const value = instance[ops[i]](...__convert(method.params, args[i]));
        results.push(method.returns === 'ListNode' ? __fromList(value) : value === undefined ? null : value);
      }
      outputs.push(results);
    } else {
      const args = __convert(spec.params, spec.params.map((p) => input[p.name]));
      const value = entry(...args);
      if (spec.kind === 'in-place') outputs.push(args[spec.params.findIndex((p) => p.name === spec.mutates)]);
      else outputs.push(spec.returns === 'ListNode' ? __fromList(value) : value);
    }
  }
  return { outputs, ms: performance.now() - started };
}
`;

export const entryName = (spec: JudgeSpec): string => (spec.kind === 'design' ? spec.className : spec.function);

type RunAll = (entry: unknown, spec: JudgeSpec, inputs: TestInput[]) => { outputs: unknown[]; ms: number };

/** Loads a solution into this process (trusted reference code only) and returns its runner. */
export function loadInHost(code: string, spec: JudgeSpec): (inputs: TestInput[]) => { outputs: unknown[]; ms: number } {
  // Trusted: our own reference solutions, run bare on purpose to measure the sandbox's cost.
  const factory = new Function(`${RUNNER_SOURCE}\n${code}\nreturn [__runAll, ${entryName(spec)}];`) as () => [RunAll, unknown];
  const [runAll, entry] = factory();
  return (inputs) => runAll(entry, spec, inputs);
}

/** The script a process-per-submission judge would run: runner, user code, read tests, print outputs. */
export function processScript(code: string, spec: JudgeSpec): string {
  return `${RUNNER_SOURCE}
${code}
const __tests = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
const __result = __runAll(${entryName(spec)}, ${JSON.stringify(spec)}, __tests);
process.stdout.write(JSON.stringify(__result.outputs));
`;
}

/** TypeScript's baselines: bare in this process, and a fresh `node` per submission. */
export const typescriptBaselines: Baselines = {
  language: 'typescript',
  lineComment: '//',
  timeLimitMs: (problem) => problem.limits.timeLimitMs,
  async bareTimes(problem, tests, runs, warmup) {
    const times: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const runner = loadInHost(referenceJs(problem), problem.judge);
      const { ms } = runner(structuredClone(tests.inputs));
      if (i >= warmup) times.push(ms);
    }
    return times;
  },
  async plain(catalogue, problem) {
    const prepared = await preparePlain(catalogue, problem);
    return {
      async judge(code) {
        const { passed, total } = await plainJudge(prepared, code);
        return passed === total;
      },
      close() {},
    };
  },
  submission(problem, tests, index) {
    // The transpiling is part of the submission's cost, as in the judge.
    const script = join(tests.dir, `submission-${index}.cjs`);
    writeFileSync(script, processScript(referenceJs(problem), problem.judge));
    return { command: process.execPath, args: [script, tests.testsFile] };
  },
};
