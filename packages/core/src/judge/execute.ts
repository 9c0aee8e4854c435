import type { Problem, TestInput } from '../schema/problem.js';
import type { Language } from '../schema/verdict.js';
import { type CompiledSource, compileSource } from './compile.js';
import type { HarnessResponse } from './harness.js';
import { driverFor } from './kinds.js';
import { type Sandbox, type SandboxPool, type TestGroupCopy, prepareGroups } from './sandbox.js';
import type { CompileDiagnostic } from './schema.js';

/**
 * What a test returned. From the isolate it is the JSON text the harness
 * wrote, parsed only when needed: a result equal to the expected one is
 * accepted by comparing texts, without building a copy of it on the host.
 */
export interface Returned {
  readonly json?: string;
  readonly value: unknown;
}

/** A value known by its JSON text, parsed on first use. */
export function returnedJson(json: string): Returned {
  let parsed: { value: unknown } | undefined;
  return {
    json,
    get value() {
      parsed ??= { value: JSON.parse(json) };
      return parsed.value;
    },
  };
}

/** What happened to one test, before comparison. */
export type RawTest =
  | { status: 'returned'; returned: Returned; log: string; cpuMs: number }
  | { status: 'error'; error: { name: string; message: string; stack: string }; log: string; cpuMs: number }
  | {
      status: 'bad-output';
      verdict: 'WrongAnswer' | 'RuntimeError' | 'OutputLimitExceeded';
      message: string;
      log: string;
      cpuMs: number;
    }
  | { status: 'timeout'; cpuMs: number; log?: string; message?: string }
  | { status: 'memory'; cpuMs: number }
  | { status: 'output-limit'; log: string; cpuMs: number }
  | { status: 'skipped' };

export type Execution =
  | { stage: 'compile'; diagnostic: CompileDiagnostic }
  | {
      stage: 'run';
      compiled: CompiledSource;
      /** Set when the code failed before any test could run (top-level throw, loop or memory). */
      loadFailure?: RawTest;
      tests: RawTest[];
      peakHeapMb: number;
    };

export interface ExecuteLimits {
  readonly timeLimitMs: number;
  readonly memoryLimitMb: number;
  readonly outputLimitKb: number;
}

/** A test the harness answered for: it returned, threw, or gave an unusable result. */
type Answered = Extract<RawTest, { status: 'returned' | 'error' | 'output-limit' | 'bad-output' }>;

function fromResponse(response: HarnessResponse, cpuMs: number): Answered {
  if (response.ok) return { status: 'returned', returned: returnedJson(response.json), log: response.log, cpuMs };
  switch (response.kind) {
    case 'error':
      return { status: 'error', error: response.error, log: response.log, cpuMs };
    case 'output-limit':
      return { status: 'output-limit', log: response.log, cpuMs };
    case 'bad-output':
      return { status: 'bad-output', verdict: response.verdict, message: response.message, log: response.log, cpuMs };
  }
}

/**
 * A batch runs tests until its wall time reaches this, so the cost of calling
 * into the isolate is paid once for many quick tests, not once per test.
 */
const BATCH_BUDGET_MS = 5;

/**
 * Promise callbacks left behind by the tests of a batch run after the whole
 * batch, and cannot be told apart: a batch of several tests where they took
 * more than this is run again one test per call, so each test is charged the
 * callbacks it left. For synchronous solutions the engine's own work after
 * the return reads under half a millisecond.
 */
const AFTER_RETURN_NOISE_MS = 2;

/**
 * Shares a batch's CPU time (measured exactly by the engine) out over its
 * tests in proportion to their wall time by the isolate's millisecond clock;
 * tests under a millisecond weigh a little each, so a batch of quick tests
 * is shared evenly.
 */
export function shareCpu(cpuMs: number, wallMs: readonly number[]): number[] {
  const weights = wallMs.map((ms) => Math.max(0, ms) + 0.05);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (cpuMs * w) / total);
}

interface RunState {
  readonly tests: RawTest[];
  peakHeapMb: number;
  /** The sandbox ran out of time or memory: the remaining tests are skipped. */
  spent: boolean;
}

/**
 * Runs tests from index `from` in the loaded sandbox, a batch at a time
 * (`single`: one test per call). Returns the index to run again one test per
 * call in a fresh sandbox when a batch of several tests ran out of time or
 * memory, used more CPU than one test may, or left promise callbacks that
 * took time: only then is it unclear which test was at fault.
 */
async function runTests(
  sandbox: Sandbox,
  groups: readonly TestGroupCopy[],
  from: number,
  single: boolean,
  limits: ExecuteLimits,
  state: RunState,
): Promise<number | undefined> {
  const rerunFrom = await runBatches(sandbox, groups, from, single, limits, state);
  state.peakHeapMb = Math.max(state.peakHeapMb, await sandbox.heapUsedMb());
  return rerunFrom;
}

/**
 * The heap is read (a synchronous call that waits for the isolate, about 0.15 ms) after a batch
 * only when this long has passed since the last reading, and once after the last batch: reading it
 * after every batch cost quick problems over a tenth of their time. The memory limit itself is the
 * engine's; the reading is only the peak reported.
 */
const HEAP_READ_INTERVAL_MS = 20;

async function runBatches(
  sandbox: Sandbox,
  groups: readonly TestGroupCopy[],
  from: number,
  single: boolean,
  limits: ExecuteLimits,
  state: RunState,
): Promise<number | undefined> {
  let heapReadAt = performance.now();
  const options = { timeLimitMs: limits.timeLimitMs, logLimitChars: limits.outputLimitKb * 1024, budgetMs: single ? 0 : BATCH_BUDGET_MS };
  for (const group of groups) {
    let index = Math.max(from, group.start);
    while (!state.spent && index < group.start + group.size) {
      const outcome = await sandbox.runBatch(group, index - group.start, options);
      const several = !single && group.start + group.size - index > 1;
      if (outcome.status !== 'ok') {
        if (several) return index;
        state.tests.push(outcome.status === 'crashed' ? { status: 'error', error: outcome.error, log: '', cpuMs: outcome.cpuMs } : outcome);
        state.spent = outcome.status !== 'crashed';
        index++;
        continue;
      }
      const { results, ms } = outcome.batch;
      if (results.length > 1 && (outcome.cpuMs > limits.timeLimitMs || outcome.afterReturnMs > AFTER_RETURN_NOISE_MS)) return index;
      const shares = shareCpu(outcome.cpuMs, ms);
      results.forEach((response, k) => {
        const raw = fromResponse(response, shares[k] ?? 0);
        if (raw.cpuMs <= limits.timeLimitMs) return state.tests.push(raw);
        state.tests.push({ status: 'timeout', cpuMs: raw.cpuMs, log: raw.log });
        state.spent = true;
      });
      index += results.length;
      if (performance.now() - heapReadAt >= HEAP_READ_INTERVAL_MS) {
        state.peakHeapMb = Math.max(state.peakHeapMb, await sandbox.heapUsedMb());
        heapReadAt = performance.now();
      }
    }
  }
  return undefined;
}

type Loaded = { sandbox: Sandbox } | { failure: Execution | RawTest };

/** Takes a fresh sandbox from the pool and loads the compiled code into it. */
async function loadInto(
  pool: SandboxPool,
  compiled: CompiledSource,
  entry: string,
  limits: ExecuteLimits,
): Promise<Loaded & { heapMb: number }> {
  const sandbox = await pool.acquire(limits.memoryLimitMb);
  const loaded = await sandbox.load(compiled, entry, limits.timeLimitMs);
  const heapMb = await sandbox.heapUsedMb();
  if (loaded.status === 'loaded') return { sandbox, heapMb };
  pool.release(sandbox, limits.memoryLimitMb);
  if (loaded.status === 'syntax') {
    return { failure: { stage: 'compile', diagnostic: { message: loaded.message, line: loaded.line, column: loaded.column } }, heapMb };
  }
  if (loaded.status === 'missing')
    return { failure: { stage: 'compile', diagnostic: { message: loaded.message, line: 1, column: 1 } }, heapMb };
  const raw: RawTest = loaded.status === 'crashed' ? { status: 'error', error: loaded.error, log: '', cpuMs: loaded.cpuMs } : loaded;
  return { failure: raw, heapMb };
}

/**
 * Compiles `code` once, loads it into a fresh sandbox and runs it on each
 * input in order, batching quick tests into one call. After a test runs out
 * of time or memory the rest are skipped: the sandbox is spent and waiting on
 * more would only delay the verdict.
 */
export async function execute(
  problem: Problem,
  language: Language,
  code: string,
  inputs: readonly TestInput[],
  limits: ExecuteLimits,
  pool: SandboxPool,
  /** The inputs are a problem's own tests, the same array for every submission: worth measuring how they load fastest (see prepareGroups). */
  calibrate = false,
): Promise<Execution> {
  const compiledOutcome = compileSource(code, language);
  if (!compiledOutcome.ok) return { stage: 'compile', diagnostic: compiledOutcome.diagnostic };
  const { compiled } = compiledOutcome;
  const driver = driverFor(problem.judge);
  const entry = driver.entry(problem.judge);
  const groups = await prepareGroups(inputs, (input) => driver.request(problem.judge, input as TestInput), calibrate);
  const skipped = (from: number): RawTest[] => inputs.slice(from).map(() => ({ status: 'skipped' }));

  const first = await loadInto(pool, compiled, entry, limits);
  if ('failure' in first) {
    if ('stage' in first.failure) return first.failure;
    return { stage: 'run', compiled, loadFailure: first.failure, tests: skipped(0), peakHeapMb: first.heapMb };
  }
  const state: RunState = { tests: [], peakHeapMb: first.heapMb, spent: false };
  let rerunFrom: number | undefined;
  try {
    rerunFrom = await runTests(first.sandbox, groups, 0, false, limits, state);
  } finally {
    pool.release(first.sandbox, limits.memoryLimitMb);
  }
  if (rerunFrom !== undefined) {
    // A batch failed as a whole: run its tests again one per call to find the one at fault.
    const again = await loadInto(pool, compiled, entry, limits);
    if ('failure' in again) {
      const raw: RawTest = 'stage' in again.failure ? { status: 'skipped' } : again.failure;
      state.tests.push(raw, ...skipped(rerunFrom + 1));
    } else {
      try {
        await runTests(again.sandbox, groups, rerunFrom, true, limits, state);
      } finally {
        pool.release(again.sandbox, limits.memoryLimitMb);
      }
    }
  }
  state.tests.push(...skipped(state.tests.length));
  return { stage: 'run', compiled, tests: state.tests, peakHeapMb: state.peakHeapMb };
}
