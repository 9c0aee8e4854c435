import { isDeepStrictEqual } from 'node:util';
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
  /**
   * The requests as a structured copy, or as their JSON text (parsed inside by the harness),
   * whichever was measured to load faster into a fresh isolate (see calibrate).
   */
  form:
    | { readonly json: false; readonly copy: ivm.ExternalCopy<HarnessRequest[]> }
    | { readonly json: true; readonly copy: ivm.ExternalCopy<string> };
}

/**
 * Largest serialized group: tests are copied into the isolate a group at a
 * time, so big inputs do not all sit in the submission's memory at once.
 */
const GROUP_CHARS = 1 << 16;

/** Tests of at least this much JSON text in all are measured both ways (structured copy, JSON text) once. */
const CALIBRATE_CHARS = 1 << 18;

const groupsCache = new WeakMap<readonly object[], Promise<TestGroupCopy[]>>();

/**
 * The tests of a submission split into groups of consecutive requests, each
 * serialized once. Tests are the same for every submission of a problem, so
 * for a list of inputs seen before (the same array) the groups are reused and
 * only copied into each new isolate: serializing a 200×200 matrix per
 * submission was the host's largest cost. With `calibrate` (a problem's own
 * tests, kept for every submission), large tests are loaded both ways into
 * scratch isolates once and each group keeps the faster form: JSON text parsed
 * inside is up to 1.7× faster for arrays of small integers, a structured copy
 * up to 1.7× faster for long numbers.
 */
export function prepareGroups(
  inputs: readonly object[],
  request: (input: object) => HarnessRequest,
  calibrate = false,
): Promise<TestGroupCopy[]> {
  const cached = groupsCache.get(inputs);
  if (cached) return cached;
  const groups: TestGroupCopy[] = [];
  const texts: string[] = [];
  let pending: HarnessRequest[] = [];
  let start = 0;
  let chars = 0;
  let total = 0;
  const flush = () => {
    if (pending.length === 0) return;
    groups.push({ start, size: pending.length, form: { json: false, copy: new ivm.ExternalCopy(pending) } });
    texts.push(JSON.stringify(pending));
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
    total += size;
  }
  flush();
  const prepared = calibrate && total >= CALIBRATE_CHARS ? chooseForms(groups, texts).then(() => groups) : Promise.resolve(groups);
  groupsCache.set(inputs, prepared);
  return prepared;
}

/** Runs of each form measured, alternating, each in a fresh isolate. */
const CALIBRATION_RUNS = 2;

/**
 * Measures loading every group into a fresh isolate as a structured copy and
 * as JSON text parsed there (CPU time of the isolate, the better of
 * `CALIBRATION_RUNS`), and switches a group to its text when that is clearly
 * faster and the text gives back exactly the same requests (no -0, no
 * undefined). Nothing but the test data runs in the scratch isolates.
 */
async function chooseForms(groups: TestGroupCopy[], texts: string[]): Promise<void> {
  const best = { copy: groups.map(() => Number.POSITIVE_INFINITY), json: groups.map(() => Number.POSITIVE_INFINITY) };
  const textCopies = texts.map((text) => new ivm.ExternalCopy(text));
  try {
    for (let run = 0; run < CALIBRATION_RUNS; run++) {
      for (const json of [false, true]) {
        const isolate = new ivm.Isolate({ memoryLimit: 1024 });
        try {
          const context = await isolate.createContext();
          const load = (await context.eval('(function (x, text) { const v = text ? JSON.parse(x) : x; return v.length; })', {
            reference: true,
          })) as ivm.Reference<(x: unknown, text: boolean) => number>;
          for (let g = 0; g < groups.length; g++) {
            const payload = json
              ? (textCopies[g] as ivm.ExternalCopy<string>).copyInto({ release: false })
              : (groups[g] as TestGroupCopy).form.copy.copyInto({ release: false });
            const before = isolate.cpuTime;
            await load.apply(undefined, [payload, json]);
            const ms = Number(isolate.cpuTime - before) / 1e6;
            const list = json ? best.json : best.copy;
            list[g] = Math.min(list[g] as number, ms);
          }
        } finally {
          isolate.dispose();
        }
      }
    }
  } catch {
    textCopies.forEach((c) => c.release());
    return; // keep the structured copies
  }
  groups.forEach((group, g) => {
    const text = textCopies[g] as ivm.ExternalCopy<string>;
    const faster = (best.json[g] as number) < (best.copy[g] as number) * 0.9;
    if (faster && isDeepStrictEqual(JSON.parse(texts[g] as string), (group.form.copy as ivm.ExternalCopy<HarnessRequest[]>).copy())) {
      group.form.copy.release();
      group.form = { json: true, copy: text };
    } else {
      text.release();
    }
  });
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

/**
 * For profiling only (bench/src/profile-judge.ts): told of each submission's
 * isolate as it opens, and as its sandbox is disposed, which then waits for
 * the promise returned (a CPU profile being stopped). Unset, it costs nothing.
 */
export const isolateObserver: {
  opened?: (isolate: ivm.Isolate) => void;
  disposing?: (isolate: ivm.Isolate) => Promise<unknown> | undefined;
} = {};

/** A V8 isolate (isolated-vm) with the harness loaded and nothing else. */
export async function openSandbox(memoryLimitMb: number): Promise<Sandbox> {
  const isolate = new ivm.Isolate({ memoryLimit: memoryLimitMb });
  isolateObserver.opened?.(isolate);
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
    (target: unknown, requests: unknown, text: boolean, from: number, limitChars: number, budgetMs: number) => void
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
      const requests = held === group ? undefined : group.form.copy.copyInto({ release: false });
      const text = held !== group && group.form.json;
      held = group;
      const outcome = await guarded(
        () =>
          run.apply(undefined, [entry.derefInto(), requests, text, from, logLimitChars, budgetMs], {
            timeout: wallBackstopMs(timeLimitMs),
          }),
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
      if (isolate.isDisposed) return;
      const observed = isolateObserver.disposing?.(isolate);
      if (observed === undefined) isolate.dispose();
      else void observed.finally(() => isolate.isDisposed || isolate.dispose()).catch(() => undefined);
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
