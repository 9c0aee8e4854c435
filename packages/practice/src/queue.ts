import { MianjingError, type Submission } from '@mianjing/core';
import type { Judge } from '@mianjing/core/judge';
import { judgeStoredSubmission } from './judging.js';
import type { PracticeStore } from './store.js';

/**
 * How stored submissions reach a judge. The store is the truth; a dispatcher
 * only delivers ids: in this process (the default) or through Redis to judge
 * workers (`createRedisDispatcher`).
 */
export interface Dispatcher {
  readonly kind: 'in-process' | 'redis';
  /** Whether new submissions are taken (false once stopping). */
  readonly accepting: boolean;
  /** Hands a stored, queued submission to a judge. */
  dispatch(submission: Submission): Promise<void>;
  /** Dispatches what the store holds unfinished without live work (at start, and periodically for Redis). */
  recover(): Promise<number>;
  /** Resolves with the finished submission, or with undefined after `timeoutMs`. */
  waitFor(id: string, timeoutMs: number): Promise<Submission | undefined>;
  /** Judge processes that take work now (this process counts as one when it judges). */
  liveWorkers(): Promise<number>;
  /** Stops taking work; waits up to `graceMs` for what this process runs. */
  stop(graceMs: number): Promise<void>;
}

export interface InProcessOptions {
  readonly store: PracticeStore;
  readonly judge: Judge;
  readonly now?: () => Date;
}

/** Listeners for finished submissions, by id: the wake-up behind `waitFor`. */
export function createFinishSignal(store: PracticeStore) {
  const listeners = new Map<string, Set<(submission: Submission) => void>>();
  return {
    notify(submission: Submission) {
      for (const listener of listeners.get(submission.id) ?? []) listener(submission);
      listeners.delete(submission.id);
    },
    /** Every waiter, so a wake-up that may have been missed (a lost connection) can be checked against the store. */
    waiting: () => [...listeners.keys()],
    async waitFor(id: string, timeoutMs: number): Promise<Submission | undefined> {
      let listener: ((submission: Submission) => void) | undefined;
      let timer: NodeJS.Timeout | undefined;
      const woken = new Promise<Submission | undefined>((resolve) => {
        listener = resolve;
        timer = setTimeout(() => resolve(undefined), timeoutMs);
        const set = listeners.get(id) ?? new Set();
        set.add(resolve);
        listeners.set(id, set);
      });
      // Listen first, then look: a submission finished in between is not missed.
      const stored = await store.submission(id);
      const result = stored?.status === 'done' ? stored : await woken;
      clearTimeout(timer);
      if (listener) listeners.get(id)?.delete(listener);
      if (listeners.get(id)?.size === 0) listeners.delete(id);
      return result;
    },
  };
}

/**
 * Judges stored submissions in this process, at the judge's concurrency.
 * Every state change is written to the store first, so a restart finds
 * queued and running work and judges it again.
 */
export function createInProcessDispatcher(options: InProcessOptions): Dispatcher {
  const { store, judge } = options;
  const now = options.now ?? (() => new Date());
  const waiting: string[] = [];
  const running = new Map<string, Promise<void>>();
  const finished = createFinishSignal(store);
  let accepting = true;

  const pump = () => {
    while (accepting && running.size < judge.concurrency && waiting.length > 0) {
      const id = waiting.shift() as string;
      const task = judgeStoredSubmission(store, judge, id, now)
        .then((submission) => submission && finished.notify(submission))
        .catch(() => undefined) // the store failed: the submission stays unfinished and is picked up at the next start
        .finally(() => {
          running.delete(id);
          pump();
        });
      running.set(id, task);
    }
  };

  return {
    kind: 'in-process',
    get accepting() {
      return accepting;
    },
    async dispatch(submission) {
      if (!accepting) throw new MianjingError('shutting_down', 'the server is shutting down; try again shortly');
      waiting.push(submission.id);
      pump();
    },
    async recover() {
      const unfinished = await store.unfinishedSubmissions();
      for (const submission of unfinished) if (!waiting.includes(submission.id) && !running.has(submission.id)) waiting.push(submission.id);
      pump();
      return unfinished.length;
    },
    waitFor: (id, timeoutMs) => finished.waitFor(id, timeoutMs),
    liveWorkers: async () => (accepting ? 1 : 0),
    async stop(graceMs) {
      accepting = false;
      waiting.length = 0;
      await Promise.race([Promise.allSettled(running.values()), new Promise((resolve) => setTimeout(resolve, graceMs))]);
    },
  };
}
