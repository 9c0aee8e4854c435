import type { Catalogue, JudgeSpec, Problem, TestInput } from '@mianjing/core';
import { createRequire } from 'node:module';
// Typed from the same package; bench has no dependency of its own on it.
import type IvmModule from '../../packages/core/node_modules/isolated-vm/isolated-vm.js';
import { transform } from 'sucrase';
import { allInputs, referenceJs } from './problems.js';
import { loadInHost } from './runner.js';
import { closedLoop } from './stats.js';

// The judge's own isolated-vm (a dependency of @mianjing/core), the same build and version.
const ivm = createRequire(import.meta.resolve('@mianjing/core'))('isolated-vm') as typeof IvmModule;

/**
 * The plain fresh-isolate design: the simplest secure judge with the judge's
 * isolation, the baseline the judge's own machinery is measured against.
 *
 * For each submission: a fresh `isolated-vm` isolate; the solution compiled
 * in a fresh context; all test inputs passed in as one JSON string and parsed
 * inside; the function called on each input; all answers `JSON.stringify`'d
 * inside and returned as one string; compared on the host as text (each
 * answer's text against the expected answer's); the isolate disposed.
 *
 * It keeps none of the judge's guarantees beyond the isolation (no per-test
 * CPU time or verdicts, no output limits, no tolerance or checkers, no
 * protection of the harness from the user's code): it is what a few dozen
 * lines cost, not a judge to use.
 */

/** The code run inside, after the solution: calls it on every test and writes all answers as one JSON text. */
const RUNNER = `
class ListNode { constructor(val, next) { this.val = val === undefined ? 0 : val; this.next = next === undefined ? null : next; } }
function __toList(values) { let head = null; for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head); return head; }
function __fromList(head) { const out = []; for (let n = head; n; n = n.next) out.push(n.val); return out; }
function __convert(params, values) { return params.map((p, i) => (p.type === 'ListNode' ? __toList(values[i]) : values[i])); }
function __runAll(entry, spec, inputsJson) {
  const outputs = [];
  for (const input of JSON.parse(inputsJson)) {
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
      else outputs.push(spec.returns === 'ListNode' ? __fromList(value) : value === undefined ? null : value);
    }
  }
  return JSON.stringify(outputs);
}
`;

const entryName = (spec: JudgeSpec): string => (spec.kind === 'design' ? spec.className : spec.function);

/** One problem's tests as the plain design holds them: inputs as one JSON text, expected answers as texts. */
export interface PlainProblem {
  readonly spec: JudgeSpec;
  readonly inputsJson: string;
  /** Each test's expected answer as `JSON.stringify` writes it. */
  readonly expected: readonly string[];
  readonly memoryLimitMb: number;
  readonly timeoutMs: number;
}

export function plainProblem(problem: Problem, inputs: readonly TestInput[], expected: readonly unknown[]): PlainProblem {
  return {
    spec: problem.judge,
    inputsJson: JSON.stringify(inputs),
    expected: expected.map((value) => JSON.stringify(value) ?? 'null'),
    memoryLimitMb: problem.limits.memoryLimitMb,
    timeoutMs: problem.limits.timeLimitMs * inputs.length,
  };
}

/** Judges one submission the plain way: how many tests matched their expected text. */
export async function plainJudge(problem: PlainProblem, typescript: string): Promise<{ passed: number; total: number }> {
  // TypeScript stripped of its types, as the judge strips it.
  const code = transform(typescript, { transforms: ['typescript'], disableESTransforms: true }).code;
  const isolate = new ivm.Isolate({ memoryLimit: problem.memoryLimitMb });
  try {
    const context = await isolate.createContext();
    const script = await isolate.compileScript(
      `${code}\n${RUNNER}\n__runAll(${entryName(problem.spec)}, ${JSON.stringify(problem.spec)}, __inputs);`,
    );
    await context.global.set('__inputs', problem.inputsJson);
    const text = (await script.run(context, { timeout: problem.timeoutMs })) as string;
    // Compared on the host as text: split the array into each answer's text, by depth outside strings.
    const answers = splitArray(text);
    let passed = 0;
    answers.forEach((answer, i) => {
      if (answer === problem.expected[i]) passed++;
    });
    return { passed, total: problem.expected.length };
  } finally {
    isolate.dispose();
  }
}

/** The top-level elements of a JSON array's text, as texts. */
export function splitArray(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 1;
  let inString = false;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (text.length > 2) parts.push(text.slice(start, text.length - 1));
  return parts;
}

/** A problem ready for the plain design: its inputs and the reference's answers, computed in this process. */
export async function preparePlain(catalogue: Catalogue, problem: Problem): Promise<PlainProblem> {
  const inputs = await allInputs(catalogue, problem);
  const { outputs } = loadInHost(referenceJs(problem), problem.judge)(structuredClone(inputs));
  return plainProblem(problem, inputs, outputs);
}

/**
 * Plain-design submissions judged per second with `concurrency` in flight
 * (each one is its own isolate, run off the event loop like the judge's).
 */
export async function plainThroughput(
  problems: readonly PlainProblem[],
  references: readonly string[],
  submissions: number,
  concurrency: number,
): Promise<{ perSecond: number; latencies: number[]; errors: number }> {
  const { seconds, latencies, errors } = await closedLoop(submissions, concurrency, async (i) => {
    const k = i % problems.length;
    const { passed, total } = await plainJudge(problems[k] as PlainProblem, `${references[k]}\n// ${i}\n`);
    return passed === total;
  });
  return { perSecond: submissions / seconds, latencies, errors };
}
