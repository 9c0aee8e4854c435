import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { type Catalogue, loadCatalogue } from '../content/catalogue.js';
import { describeTestMismatch } from '../content/check.js';
import { type Checker, generateCases, loadChecker } from '../content/modules.js';
import { MianjingError, fieldsFromZod } from '../errors.js';
import type { Problem, TestInput } from '../schema/problem.js';
import type { Verdict } from '../schema/verdict.js';
import { previewJson } from '../values.js';
import { userStack } from './compile.js';
import { compareOutput } from './compare.js';
import { type Execution, type RawTest, execute } from './execute.js';
import { driverFor } from './kinds.js';
import { type LanguageInfo, listLanguages } from './languages.js';
import { type Limiter, createLimiter } from './limiter.js';
import { pythonStack } from './python/execute.js';
import { createPythonRunner } from './python/runner.js';
import { createSandboxPool } from './sandbox.js';
import { JudgeRequest, type JudgeResult, type RuntimeErrorInfo, type Shown, type TestGroup, type TestResult } from './schema.js';

/** Longest JSON text shown for one value; the rest is cut and marked. */
const SHOWN_CHARS = 4_000;
/** Console output kept per visible test. */
const STDOUT_CHARS = 8_000;

interface PlannedTest {
  readonly group: TestGroup;
  readonly input: TestInput;
  /** Known answer, or `undefined` when the reference solution gives it. */
  readonly expected?: unknown;
}

export interface JudgeOptions {
  /** Content to judge against (the bundled pack by default). */
  readonly catalogue?: Catalogue;
  /** Submissions judged at once; the number of cores by default. */
  readonly concurrency?: number;
  /**
   * Judge Python without a sandbox when bubblewrap is missing or unusable.
   * Only for someone running their own code on their own machine who opted
   * in (the terminal app's offline mode); a server never sets it.
   */
  readonly allowUnsandboxedPython?: boolean;
}

export interface Judge {
  /**
   * Judges one submission. Throws a `MianjingError` for a request that cannot
   * be judged (bad field, unknown problem); every outcome of running the code
   * is data in the result.
   */
  judge(request: JudgeRequest): Promise<JudgeResult>;
  readonly concurrency: number;
  /** Submissions being judged, and waiting for a slot. */
  readonly load: { readonly active: number; readonly waiting: number };
  /** Every language with whether it can be judged here, and why not. */
  languages(): Promise<LanguageInfo[]>;
  /** Releases the sandboxes and Python workers kept ready. */
  close(): Promise<void>;
}

/** A value for display, cut at `SHOWN_CHARS`; written without recursion, so safe at any depth. */
const shown = (value: unknown): Shown => {
  const { json, truncated } = previewJson(value, SHOWN_CHARS);
  return truncated ? { json: `${json}…`, truncated } : { json, truncated };
};

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}\n… (output cut)` : text);

/** Accepted answers remembered per test, and characters of their keys kept in all (see acceptedTexts). */
const ACCEPTED_PER_TEST = 2;
const ACCEPTED_TOTAL_CHARS = 1 << 24;
/** Answer texts longer than this are remembered by their SHA-256 digest, not as themselves. */
const ACCEPTED_TEXT_CHARS = 64;

/** How an accepted answer text is remembered: itself when short, else `#` and its SHA-256 (no JSON text starts with `#`). */
const acceptedKey = (json: string): string =>
  json.length <= ACCEPTED_TEXT_CHARS ? json : `#${createHash('sha256').update(json).digest('base64')}`;

/** An answer shown from the JSON text the harness wrote (the engine's own JSON.stringify form), without parsing it. */
const shownText = (json: string): Shown =>
  json.length > SHOWN_CHARS ? { json: `${json.slice(0, SHOWN_CHARS)}…`, truncated: true } : { json, truncated: false };

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Creates a judge with its own concurrency limit and reference-answer cache. */
export function createJudge(options: JudgeOptions = {}): Judge {
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const limiter: Limiter = createLimiter(concurrency);
  const catalogue = () => options.catalogue ?? loadCatalogue();
  const referenceCache = new Map<string, Promise<PlannedTest[]>>();
  const pool = createSandboxPool();
  const python = createPythonRunner({ workers: concurrency, allowUnsandboxed: options.allowUnsandboxedPython === true });

  const expectedTexts = new WeakMap<PlannedTest, string>();
  /** The expected value as the harness would write it (engine number formatting, no spaces), once per test. */
  const expectedJson = (test: PlannedTest): string => {
    let text = expectedTexts.get(test);
    if (text === undefined) {
      text = JSON.stringify(test.expected) ?? 'null';
      expectedTexts.set(test, text);
    }
    return text;
  };

  /**
   * Answer texts already accepted for a test that differ from the expected value's text (a
   * float answer a few ulps from the written one, a permutation under 'unordered'), by
   * acceptedKey: long ones by their SHA-256, so a megabyte answer costs a digest (a few ms)
   * instead of parsing and a float comparison walk (batch-norm: about 0.2 s per submission).
   * Comparison other than a checker depends only on the answer and the test, so the same text
   * is accepted again without parsing it: most submissions of a float problem write the
   * reference's very numbers. Bounded per test and in all.
   */
  const acceptedTexts = new WeakMap<PlannedTest, string[]>();
  let acceptedChars = 0;
  const rememberAccepted = (test: PlannedTest, key: string) => {
    if (acceptedChars + key.length > ACCEPTED_TOTAL_CHARS) return;
    const known = acceptedTexts.get(test) ?? [];
    if (known.length >= ACCEPTED_PER_TEST || known.includes(key)) return;
    known.push(key);
    acceptedTexts.set(test, known);
    acceptedChars += key.length;
  };

  const inputLists = new WeakMap<PlannedTest[], TestInput[]>();
  /** The inputs of planned tests, the same array each time, so the sandbox's serialized copies are reused. */
  const inputsOf = (tests: PlannedTest[]): TestInput[] => {
    let inputs = inputLists.get(tests);
    if (!inputs) {
      inputs = tests.map((t) => t.input);
      inputLists.set(tests, inputs);
    }
    return inputs;
  };

  /** Runs the reference solution on inputs whose answer is not written down. */
  async function referenceOutputs(problem: Problem, inputs: readonly TestInput[]): Promise<unknown[]> {
    if (inputs.length === 0) return [];
    const limits = {
      timeLimitMs: problem.limits.timeLimitMs * 10,
      memoryLimitMb: Math.max(problem.limits.memoryLimitMb, 512),
      outputLimitKb: 1024,
    };
    const execution = await execute(problem, 'javascript', problem.reference.javascript, inputs, limits, pool);
    if (execution.stage === 'compile') {
      throw new MianjingError(
        'reference_failed',
        `the reference solution of ${problem.id} does not compile: ${execution.diagnostic.message}`,
      );
    }
    return execution.tests.map((test, i) => {
      if (test.status !== 'returned') {
        const why = test.status === 'error' ? `${test.error.name}: ${test.error.message}` : test.status;
        throw new MianjingError('reference_failed', `the reference solution of ${problem.id} failed on input ${i + 1}: ${why}`);
      }
      return test.returned.value;
    });
  }

  /** Every test of a problem with its expected output, computed once per problem. */
  function allTests(problem: Problem): Promise<PlannedTest[]> {
    let planned = referenceCache.get(problem.id);
    if (!planned) {
      planned = (async () => {
        const generated = await generateCases(catalogue().contentDir, problem);
        const tests: PlannedTest[] = [
          ...problem.tests.examples.map((t) => ({ group: 'example' as const, input: t.input, expected: t.output })),
          ...problem.tests.hidden.map((t) => ({ group: 'hidden' as const, input: t.input, expected: t.output })),
          ...generated.map((g) => ({ group: 'generated' as const, input: g.input })),
        ];
        const unknown = tests.flatMap((t, i) => (t.expected === undefined ? [i] : []));
        const answers = await referenceOutputs(
          problem,
          unknown.map((i) => (tests[i] as PlannedTest).input),
        );
        unknown.forEach((testIndex, k) => {
          tests[testIndex] = { ...(tests[testIndex] as PlannedTest), expected: answers[k] };
        });
        return tests;
      })();
      planned.catch(() => referenceCache.delete(problem.id));
      referenceCache.set(problem.id, planned);
    }
    return planned;
  }

  async function plan(problem: Problem, request: JudgeRequest & { customInputs: TestInput[] }): Promise<PlannedTest[]> {
    if (request.mode === 'submit') return allTests(problem);
    const examples = problem.tests.examples.map((t) => ({ group: 'example' as const, input: t.input, expected: t.output }));
    const answers = await referenceOutputs(problem, request.customInputs);
    return [...examples, ...request.customInputs.map((input, i) => ({ group: 'custom' as const, input, expected: answers[i] }))];
  }

  function verdictOf(test: RawTest, compare: () => { ok: boolean; message?: string }): { status: TestResult['status']; message?: string } {
    switch (test.status) {
      case 'returned': {
        const outcome = compare();
        return outcome.ok ? { status: 'Accepted' } : { status: 'WrongAnswer', message: outcome.message ?? '' };
      }
      case 'error':
        return { status: 'RuntimeError', message: `${test.error.name}: ${test.error.message}` };
      case 'bad-output':
        return { status: test.verdict, message: test.message };
      case 'timeout':
        return test.message ? { status: 'TimeLimitExceeded', message: test.message } : { status: 'TimeLimitExceeded' };
      case 'memory':
        return { status: 'MemoryLimitExceeded' };
      case 'output-limit':
        return { status: 'OutputLimitExceeded', message: 'the program printed more than the output limit' };
      case 'skipped':
        return { status: 'Skipped' };
    }
  }

  function assemble(
    problem: Problem,
    request: JudgeRequest & { customInputs: TestInput[] },
    tests: PlannedTest[],
    execution: Execution,
    checker: Checker | undefined,
  ): JudgeResult {
    const base = { problemId: problem.id, language: request.language, mode: request.mode, total: tests.length };
    if (execution.stage === 'compile') {
      return {
        ...base,
        verdict: 'CompileError',
        passed: 0,
        tests: [],
        compileError: execution.diagnostic,
        maxTimeMs: 0,
        totalTimeMs: 0,
        peakHeapMb: 0,
      };
    }
    const driver = driverFor(problem.judge);
    let runtimeError: RuntimeErrorInfo | undefined;
    const describeRuntime = (raw: RawTest) => {
      if (raw.status !== 'error' || runtimeError) return;
      const stack = raw.error.stack || `${raw.error.name}: ${raw.error.message}`;
      const mapped = request.language === 'python' ? pythonStack(stack) : userStack(stack, execution.compiled);
      runtimeError = {
        name: raw.error.name,
        message: raw.error.message,
        stack: mapped.stack,
        ...(mapped.line ? { line: mapped.line } : {}),
      };
    };
    let shownHiddenFailure = false;
    const results: TestResult[] = tests.map((test, index) => {
      const raw = execution.tests[index] ?? { status: 'skipped' };
      const { status, message } = verdictOf(raw, () => {
        if (raw.status !== 'returned') return { ok: false };
        // The same JSON text as the expected value, or as an answer accepted before, is
        // accepted without parsing it.
        const json = problem.comparison.type === 'checker' ? undefined : raw.returned.json;
        if (json !== undefined && json === expectedJson(test)) return { ok: true };
        // Submit mode's tests are kept per problem; run mode's are made per request.
        const key = json !== undefined && request.mode === 'submit' ? acceptedKey(json) : undefined;
        if (key !== undefined && acceptedTexts.get(test)?.includes(key)) return { ok: true };
        const outcome = compareOutput(problem.comparison, test.expected, raw.returned.value, driver.outputType(problem.judge, test.input), {
          input: test.input,
          ...(checker ? { checker } : {}),
        });
        if (outcome.ok && key !== undefined) rememberAccepted(test, key);
        return outcome;
      });
      describeRuntime(raw);
      const visible = test.group === 'example' || test.group === 'custom';
      const failed = status !== 'Accepted' && status !== 'Skipped';
      const reveal = visible || (failed && !shownHiddenFailure);
      if (!visible && failed) shownHiddenFailure = true;
      const cpuMs = 'cpuMs' in raw ? raw.cpuMs : 0;
      const result: TestResult = { index, group: test.group, status, timeMs: round(cpuMs) };
      if (reveal) {
        result.input = shown(test.input);
        result.expected = shown(test.expected);
        if (raw.status === 'returned') {
          result.actual = raw.returned.json !== undefined ? shownText(raw.returned.json) : shown(raw.returned.value);
        }
      }
      if (visible && 'log' in raw && raw.log) result.stdout = cut(raw.log, STDOUT_CHARS);
      if (message && (reveal || status === 'RuntimeError')) result.message = message;
      return result;
    });
    if (execution.loadFailure) describeRuntime(execution.loadFailure);
    const loadVerdict = execution.loadFailure ? verdictOf(execution.loadFailure, () => ({ ok: false })).status : undefined;
    const firstFailure = results.find((r) => r.status !== 'Accepted' && r.status !== 'Skipped');
    const verdict = (loadVerdict ?? firstFailure?.status ?? 'Accepted') as Verdict;
    const times = results.map((r) => r.timeMs);
    return {
      ...base,
      verdict,
      passed: results.filter((r) => r.status === 'Accepted').length,
      tests: results,
      ...(runtimeError ? { runtimeError } : {}),
      maxTimeMs: round(Math.max(0, ...times)),
      totalTimeMs: round(times.reduce((a, b) => a + b, 0)),
      peakHeapMb: Math.round(execution.peakHeapMb * 100) / 100,
    };
  }

  async function judgeParsed(request: JudgeRequest & { customInputs: TestInput[] }): Promise<JudgeResult> {
    const problem = catalogue().problem(request.problemId) as Problem;
    return limiter.run(async () => {
      try {
        const tests = await plan(problem, request);
        const checker = problem.comparison.type === 'checker' ? await loadChecker(catalogue().contentDir, problem.id) : undefined;
        const inputs = inputsOf(tests);
        const execution =
          request.language === 'python'
            ? await python.execute(problem, request.code, inputs)
            : await execute(problem, request.language, request.code, inputs, problem.limits, pool, request.mode === 'submit');
        return assemble(problem, request, tests, execution, checker);
      } catch (error) {
        return {
          problemId: problem.id,
          language: request.language,
          mode: request.mode,
          verdict: 'InternalError',
          passed: 0,
          total: 0,
          tests: [],
          maxTimeMs: 0,
          totalTimeMs: 0,
          peakHeapMb: 0,
          internalMessage: error instanceof MianjingError ? error.message : 'the judge failed unexpectedly',
        };
      }
    });
  }

  return {
    concurrency,
    get load() {
      return { active: limiter.active, waiting: limiter.waiting };
    },
    languages: () => listLanguages(python),
    close: () => {
      python.close();
      return pool.drain();
    },
    async judge(request) {
      return judgeParsed(checkJudgeRequest(catalogue(), request));
    },
  };
}

/**
 * Checks a request before anything is stored or run: every field, that the
 * problem exists, that each custom input fits its signature. Throws a
 * `MianjingError` whose `fields` name what is wrong.
 */
export function checkJudgeRequest(catalogue: Catalogue, request: unknown): JudgeRequest & { customInputs: TestInput[] } {
  const parsed = JudgeRequest.safeParse(request);
  if (!parsed.success) throw new MianjingError('invalid_request', 'the submission is not valid', fieldsFromZod(parsed.error));
  const problem = catalogue.problem(parsed.data.problemId);
  if (!problem) {
    throw new MianjingError('problem_not_found', `no problem with id "${parsed.data.problemId}"`, { problemId: 'unknown problem' });
  }
  const fields: Record<string, string> = {};
  parsed.data.customInputs.forEach((input, i) => {
    const problemText = describeTestMismatch(problem.judge, input, undefined, false);
    if (problemText) fields[`customInputs.${i}`] = problemText;
  });
  if (Object.keys(fields).length > 0) {
    throw new MianjingError('invalid_input', 'a custom input does not fit the problem signature', fields);
  }
  return parsed.data;
}

let defaultJudge: Judge | undefined;

/**
 * Judges a submission against the bundled content with the default judge
 * (concurrency = number of cores).
 *
 * @example
 * const result = await judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit',
 *   code: 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }' });
 * result.verdict // 'Accepted'
 */
export function judge(request: JudgeRequest): Promise<JudgeResult> {
  defaultJudge ??= createJudge();
  return defaultJudge.judge(request);
}
