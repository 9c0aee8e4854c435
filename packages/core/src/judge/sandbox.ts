import ivm from 'isolated-vm';
import type { CompiledSource } from './compile.js';
import { HARNESS_FILE, type HarnessBatch, LOADED_GLOBAL, type HarnessRequest, harnessSource, readBatch } from './harness.js';

/** What one step in the sandbox came to, with the CPU time it used. */
export type SandboxOutcome =
  | {
      status: 'ok';
      batch: HarnessBatch;
      cpuMs: number;
      /** Of `cpuMs`, about how much went to promise callbacks after the user's code returned (a lower bound). */
      afterReturnMs: number;
    }
  | { status: 'timeout'; cpuMs: number; message?: string }
  | { status: 'memory'; cpuMs: number }
  | { status: 'crashed'; error: { name: string; message: string; stack: string }; cpuMs: number };

export type LoadOutcome =
  | { status: 'loaded'; cpuMs: number }
  | { status: 'syntax'; message: string; line: number; column: number }
  | { status: 'missing'; message: string }
  | Exclude<SandboxOutcome, { status: 'ok' }>;

/**
 * A fresh, isolated place to run one submission: user code is loaded once,
 * then called on batches of tests. Nothing of the host is reachable from inside.
 */
export interface Sandbox {
  load(compiled: CompiledSource, entry: string, timeLimitMs: number): Promise<LoadOutcome>;
  /**
   * Runs tests of a group from index `from`, stopping after the test that
   * brings the batch's wall time to `budgetMs` (after one test when 0). The
   * group is copied in only when it is not the one the sandbox holds already.
   */
  runBatch(group: TestGroupCopy, from: number, options: BatchOptions): Promise<SandboxOutcome>;
  heapUsedMb(): Promise<number>;
  dispose(): void;
}

export interface BatchOptions {
  readonly timeLimitMs: number;
  readonly logLimitChars: number;
  readonly budgetMs: number;
}

/** Consecutive tests serialized together, ready to be copied into any sandbox. */
export interface TestGroupCopy {
  /** Index of the group's first test among all the submission's tests. */
  readonly start: number;
  readonly size: number;
  readonly copy: ivm.ExternalCopy<HarnessRequest[]>;
}

/**
 * Largest serialized group: tests are copied into the isolate a group at a
 * time, so big inputs do not all sit in the submission's memory at once.
 */
const GROUP_CHARS = 1 << 16;

const groupsCache = new WeakMap<readonly object[], TestGroupCopy[]>();

/**
 * The tests of a submission split into groups of consecutive requests, each
 * serialized once. Tests are the same for every submission of a problem, so
 * for a list of inputs seen before (the same array) the groups are reused and
 * only copied into each new isolate: serializing a 200×200 matrix per
 * submission was the host's largest cost.
 */
export function prepareGroups(inputs: readonly object[], request: (input: object) => HarnessRequest): TestGroupCopy[] {
  const cached = groupsCache.get(inputs);
  if (cached) return cached;
  const groups: TestGroupCopy[] = [];
  let pending: HarnessRequest[] = [];
  let start = 0;
  let chars = 0;
  const flush = () => {
    if (pending.length === 0) return;
    groups.push({ start, size: pending.length, copy: new ivm.ExternalCopy(pending) });
    start += pending.length;
    pending = [];
    chars = 0;
  };
  for (const input of inputs) {
    const next = request(input);
    const size = JSON.stringify(next).length;
    if (chars > 0 && chars + size > GROUP_CHARS) flush();
    pending.push(next);
    chars += size;
  }
  flush();
  groupsCache.set(inputs, groups);
  return groups;
}

/**
 * isolated-vm reports true thread CPU time for finished calls, but while a
 * call is still running its reading grows with wall-clock time. On a busy
 * machine a correct solution can look slow mid-call, so the watchdog only
 * stops a call once that reading passes twice the limit; the verdict of a call
 * that finishes is decided on its true CPU time against the limit itself.
 */
const RUNNING_READING_SLACK = 2;

/**
 * Promise callbacks a solution leaves behind run after its code returned,
 * before the call into the isolate ends (V8 runs them as the call returns),
 * and are charged to that call. Solutions are synchronous, so such callbacks
 * are never needed; ones still running this long after the code returned
 * are taken for work that never ends and stopped: well before a promise chain
 * that grows forever fills the heap, and long after the engine's own work
 * that follows a return (a garbage collection, the memory check), which is
 * all that follows it for a synchronous solution.
 */
const AFTER_RETURN_MS = 200;

/** Why a test stopped by `AFTER_RETURN_MS` is a TimeLimitExceeded. */
export const LEFT_RUNNING_MESSAGE =
  'promise callbacks (async code) were still running after the solution returned; solutions must be synchronous';

/** How often the CPU watchdog looks at a running isolate. */
const WATCHDOG_INTERVAL_MS = 10;

/**
 * The wall-clock backstop for a CPU time limit. The CPU watchdog enforces the
 * limit; this only catches code that waits without using CPU, so it is
 * generous enough that a loaded machine never turns waiting into a verdict.
 */
export const wallBackstopMs = (timeLimitMs: number): number => timeLimitMs * 5 + 2_000;

const isMemoryError = (isolate: ivm.Isolate, error: unknown) =>
  isolate.isDisposed || /memory limit|Array buffer allocation failed/i.test(String((error as Error)?.message));
const isTimeout = (error: unknown) => /timed out/i.test(String((error as Error)?.message));

/** A V8 isolate (isolated-vm) with the harness loaded and nothing else. */
export async function openSandbox(memoryLimitMb: number): Promise<Sandbox> {
  const isolate = new ivm.Isolate({ memoryLimit: memoryLimitMb });
  const context = await isolate.createContext();
  const cpuMs = () => (isolate.isDisposed ? 0 : Number(isolate.cpuTime) / 1e6);
  /** The CPU reading when the harness said the user's code of the current step returned, and the batch text it gave. */
  let returnedAt: number | undefined;
  let returnedText: string | undefined;
  // Fire and forget: it reaches the host while the isolate runs what was left behind. The end of
  // the call is scheduled on the same queue after it, so it always arrives first.
  const returned = new ivm.Callback(
    (text?: unknown) => {
      returnedAt = cpuMs();
      returnedText = typeof text === 'string' ? text : undefined;
    },
    { ignored: true },
  );
  const harness = await isolate.compileScript(harnessSource, { filename: HARNESS_FILE });
  const makeRun = (await harness.run(context, { reference: true, timeout: 5_000 })) as ivm.Reference<(returned: unknown) => unknown>;
  harness.release();
  const run = (await makeRun.apply(undefined, [returned], { result: { reference: true }, timeout: 5_000 })) as ivm.Reference<
    (target: unknown, requests: unknown, from: number, limitChars: number, budgetMs: number) => void
  >;
  makeRun.release();
  let target: ivm.Reference<unknown> | undefined;
  let held: TestGroupCopy | undefined;

  /**
   * Runs one step under the CPU time limit: a watchdog samples the isolate's
   * CPU clock and disposes the isolate once the running reading is well past
   * the limit, or once promise callbacks have run on for `AFTER_RETURN_MS`
   * after the user's code returned (a timed-out submission is finished
   * anyway); the wall-clock timeout is the last backstop.
   */
  async function guarded<T>(
    step: () => Promise<T>,
    timeLimitMs: number,
  ): Promise<{ value: T; cpuMs: number; afterReturnMs: number } | SandboxOutcome> {
    const before = cpuMs();
    const afterReturnMs = Math.min(AFTER_RETURN_MS, timeLimitMs);
    returnedAt = undefined;
    returnedText = undefined;
    let killed: 'time' | 'left-running' | undefined;
    const watchdog = setInterval(() => {
      if (isolate.isDisposed) return;
      const now = cpuMs();
      if (returnedAt !== undefined && now - returnedAt > afterReturnMs) killed = 'left-running';
      else if (now - before > timeLimitMs * RUNNING_READING_SLACK) killed = 'time';
      else return;
      isolate.dispose();
    }, WATCHDOG_INTERVAL_MS);
    try {
      const value = await step();
      const after = cpuMs();
      return { value, cpuMs: after - before, afterReturnMs: returnedAt === undefined ? 0 : Math.max(0, after - returnedAt) };
    } catch (error) {
      const used = isolate.isDisposed ? timeLimitMs : cpuMs() - before;
      if (killed === 'left-running') return { status: 'timeout', cpuMs: timeLimitMs, message: LEFT_RUNNING_MESSAGE };
      if (killed || isTimeout(error)) return { status: 'timeout', cpuMs: used };
      if (isMemoryError(isolate, error)) return { status: 'memory', cpuMs: used };
      const e = error as Partial<Error> | undefined;
      return {
        status: 'crashed',
        error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? error), stack: String(e?.stack ?? '') },
        cpuMs: used,
      };
    } finally {
      clearInterval(watchdog);
    }
  }

  return {
    async load(compiled, entry, timeLimitMs) {
      let script: ivm.Script;
      try {
        // The completion value of the user's script is the entry point, found in the same step,
        // after telling the host that the top level has run (see harnessSource).
        const loaded = `typeof ${LOADED_GLOBAL} === 'function' && ${LOADED_GLOBAL}()`;
        script = await isolate.compileScript(`${compiled.code}\n;(${loaded}, typeof ${entry} === 'undefined' ? undefined : ${entry});`, {
          filename: compiled.filename,
        });
      } catch (error) {
        const message = String((error as Error).message);
        const where = /\[.*?:(\d+):(\d+)\]/.exec(message);
        return {
          status: 'syntax',
          message: message.replace(/\s*\[.*?:\d+:\d+\]\s*$/, ''),
          line: where ? Number(where[1]) : 1,
          column: where ? Number(where[2]) : 1,
        };
      }
      const outcome = await guarded(
        () => script.run(context, { timeout: wallBackstopMs(timeLimitMs), reference: true }) as Promise<ivm.Reference<unknown>>,
        timeLimitMs,
      );
      script.release();
      if ('status' in outcome) return outcome as LoadOutcome;
      if (outcome.value.typeof !== 'function') return { status: 'missing', message: `the code does not define ${entry}` };
      target = outcome.value;
      return { status: 'loaded', cpuMs: outcome.cpuMs };
    },

    async runBatch(group, from, { timeLimitMs, logLimitChars, budgetMs }) {
      if (!target) throw new Error('run before a successful load');
      const entry = target;
      const requests = held === group ? undefined : group.copy.copyInto({ release: false });
      held = group;
      const outcome = await guarded(
        () => run.apply(undefined, [entry.derefInto(), requests, from, logLimitChars, budgetMs], { timeout: wallBackstopMs(timeLimitMs) }),
        timeLimitMs,
      );
      if ('status' in outcome) return outcome;
      if (returnedText === undefined) {
        const error = { name: 'InternalError', message: 'the harness gave no result', stack: '' };
        return { status: 'crashed', error, cpuMs: outcome.cpuMs };
      }
      return { status: 'ok', batch: readBatch(returnedText), cpuMs: outcome.cpuMs, afterReturnMs: outcome.afterReturnMs };
    },

    async heapUsedMb() {
      if (isolate.isDisposed) return 0;
      // The synchronous read is a few microseconds; the async one costs a round trip to the isolate's thread.
      const stats = isolate.getHeapStatisticsSync();
      return (stats.used_heap_size + stats.externally_allocated_size) / (1024 * 1024);
    },

    dispose() {
      if (!isolate.isDisposed) isolate.dispose();
    },
  };
}

/**
 * Keeps a few fresh sandboxes opened ahead of time, so a submission does not
 * wait for an isolate to start. Each sandbox is still used for exactly one
 * submission and then disposed. Disposing the spent one and opening its
 * replacement both block the thread for a few milliseconds, so they happen
 * after the submission's result is out, not while it is being judged.
 */
export function createSandboxPool(readyPerLimit = 2) {
  const ready = new Map<number, Promise<Sandbox>[]>();
  let draining = false;
  const refill = (memoryLimitMb: number) => {
    const list = ready.get(memoryLimitMb) ?? [];
    ready.set(memoryLimitMb, list);
    while (!draining && list.length < readyPerLimit) {
      const opening = openSandbox(memoryLimitMb);
      opening.catch(() => undefined);
      list.push(opening);
    }
  };
  return {
    /** A fresh sandbox with this memory limit, from the pool when one is ready. */
    acquire(memoryLimitMb: number): Promise<Sandbox> {
      draining = false;
      const next = ready.get(memoryLimitMb)?.shift();
      if (!next) setImmediate(() => refill(memoryLimitMb));
      return next ?? openSandbox(memoryLimitMb);
    },
    /** Disposes a spent sandbox and opens its replacement, once the current work has yielded. */
    release(sandbox: Sandbox, memoryLimitMb: number): void {
      setImmediate(() => {
        sandbox.dispose();
        refill(memoryLimitMb);
      });
    },
    /** Disposes every sandbox waiting in the pool. */
    async drain(): Promise<void> {
      draining = true;
      const all = [...ready.values()].flat();
      ready.clear();
      for (const opening of all) (await opening.catch(() => undefined))?.dispose();
    },
  };
}

export type SandboxPool = ReturnType<typeof createSandboxPool>;
