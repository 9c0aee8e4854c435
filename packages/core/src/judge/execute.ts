import type { Problem, TestInput } from '../schema/problem.js';
import type { Language } from '../schema/verdict.js';
import { type CompiledSource, compileSource } from './compile.js';
import type { HarnessResponse } from './harness.js';
import { driverFor } from './kinds.js';
import { type SandboxPool, prepareRequest } from './sandbox.js';
import type { CompileDiagnostic } from './schema.js';

/** What happened to one test, before comparison. */
export type RawTest =
  | { status: 'returned'; value: unknown; log: string; cpuMs: number }
  | { status: 'error'; error: { name: string; message: string; stack: string }; log: string; cpuMs: number }
  | {
      status: 'bad-output';
      verdict: 'WrongAnswer' | 'RuntimeError' | 'OutputLimitExceeded';
      message: string;
      log: string;
      cpuMs: number;
    }
  | { status: 'timeout'; cpuMs: number; log?: string }
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

function fromResponse(response: HarnessResponse, cpuMs: number): RawTest {
  if (response.ok) return { status: 'returned', value: response.value, log: response.log, cpuMs };
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
 * Compiles `code` once, loads it into a fresh sandbox and calls it on each
 * input in order. After a test runs out of time or memory the rest are
 * skipped: the sandbox is spent and waiting on more would only delay the verdict.
 */
export async function execute(
  problem: Problem,
  language: Language,
  code: string,
  inputs: readonly TestInput[],
  limits: ExecuteLimits,
  pool: SandboxPool,
): Promise<Execution> {
  const compiledOutcome = compileSource(code, language);
  if (!compiledOutcome.ok) return { stage: 'compile', diagnostic: compiledOutcome.diagnostic };
  const { compiled } = compiledOutcome;
  const driver = driverFor(problem.judge);
  const sandbox = await pool.acquire(limits.memoryLimitMb);
  try {
    const loaded = await sandbox.load(compiled, driver.entry(problem.judge), limits.timeLimitMs);
    if (loaded.status === 'syntax') {
      return { stage: 'compile', diagnostic: { message: loaded.message, line: loaded.line, column: loaded.column } };
    }
    if (loaded.status === 'missing') {
      return { stage: 'compile', diagnostic: { message: loaded.message, line: 1, column: 1 } };
    }
    const skipped = (): RawTest[] => inputs.map(() => ({ status: 'skipped' }));
    if (loaded.status !== 'loaded') {
      const loadFailure: RawTest =
        loaded.status === 'crashed' ? { status: 'error', error: loaded.error, log: '', cpuMs: loaded.cpuMs } : loaded;
      return { stage: 'run', compiled, loadFailure, tests: skipped(), peakHeapMb: await sandbox.heapUsedMb() };
    }
    const tests: RawTest[] = [];
    let peakHeapMb = await sandbox.heapUsedMb();
    let spent = false;
    const logLimitChars = limits.outputLimitKb * 1024;
    for (const input of inputs) {
      if (spent) {
        tests.push({ status: 'skipped' });
        continue;
      }
      const request = prepareRequest(input, () => driver.request(problem.judge, input));
      const outcome = await sandbox.run(request, limits.timeLimitMs, logLimitChars);
      let raw: RawTest;
      if (outcome.status === 'ok') raw = fromResponse(outcome.response, outcome.cpuMs);
      else if (outcome.status === 'crashed') raw = { status: 'error', error: outcome.error, log: '', cpuMs: outcome.cpuMs };
      else raw = outcome;
      if (raw.status !== 'skipped' && raw.status !== 'memory' && raw.cpuMs > limits.timeLimitMs) {
        raw = { status: 'timeout', cpuMs: raw.cpuMs, log: 'log' in raw ? raw.log : '' };
      }
      tests.push(raw);
      if (raw.status === 'timeout' || raw.status === 'memory') spent = true;
      // Reading heap statistics walks the heap: do it after tests that did real work, and every tenth.
      else if (raw.status === 'skipped' || raw.cpuMs > 1 || tests.length % 10 === 0) {
        peakHeapMb = Math.max(peakHeapMb, await sandbox.heapUsedMb());
      }
    }
    if (!spent) peakHeapMb = Math.max(peakHeapMb, await sandbox.heapUsedMb());
    return { stage: 'run', compiled, tests, peakHeapMb };
  } finally {
    sandbox.dispose();
  }
}
