import { MianjingError, type Submission } from '@mianjing/core';
import type { Judge } from '@mianjing/core/judge';
import type { PracticeStore } from './store.js';

export interface QueueOptions {
  readonly store: PracticeStore;
  readonly judge: Judge;
  /** Submissions that may wait at once before new ones are refused. */
  readonly maxQueued: number;
  readonly now?: () => Date;
}

/**
 * Judges stored submissions off the request path, at the judge's
 * concurrency. Every state change is written to the store first, so a
 * restart finds queued and running work and judges it again.
 */
export function createSubmissionQueue(options: QueueOptions) {
  const { store, judge, maxQueued } = options;
  const now = options.now ?? (() => new Date());
  const waiting: Submission[] = [];
  const running = new Map<string, Promise<void>>();
  const listeners = new Map<string, Set<(submission: Submission) => void>>();
  let accepting = true;

  const finish = (id: string) => {
    const stored = store.submission(id);
    if (!stored) return;
    for (const listener of listeners.get(id) ?? []) listener(stored);
    listeners.delete(id);
  };

  async function judgeOne(submission: Submission): Promise<void> {
    store.updateSubmission(submission.id, 'running');
    let result;
    try {
      result = await judge.judge({
        problemId: submission.problemId,
        language: submission.language,
        code: submission.code,
        mode: submission.mode,
        customInputs: submission.customInputs,
      });
    } catch (error) {
      result = {
        problemId: submission.problemId,
        language: submission.language,
        mode: submission.mode,
        verdict: 'InternalError' as const,
        passed: 0,
        total: 0,
        tests: [],
        maxTimeMs: 0,
        totalTimeMs: 0,
        peakHeapMb: 0,
        internalMessage: error instanceof MianjingError ? error.message : 'the judge failed unexpectedly',
      };
    }
    store.updateSubmission(submission.id, 'done', result, now().toISOString());
    finish(submission.id);
  }

  function pump() {
    while (accepting && running.size < judge.concurrency && waiting.length > 0) {
      const next = waiting.shift() as Submission;
      const task = judgeOne(next).finally(() => {
        running.delete(next.id);
        pump();
      });
      running.set(next.id, task);
    }
  }

  return {
    /** Queues a stored submission; refuses with `queue_full` when too many wait. */
    enqueue(submission: Submission) {
      if (!accepting) throw new MianjingError('shutting_down', 'the server is shutting down; try again shortly');
      if (waiting.length >= maxQueued) throw new MianjingError('queue_full', 'the judge queue is full; try again shortly');
      waiting.push(submission);
      pump();
    },
    /** Picks up what a previous run left queued or running. Call once at start. */
    recover(): number {
      const unfinished = store.unfinishedSubmissions();
      for (const submission of unfinished) {
        if (submission.status === 'running') store.updateSubmission(submission.id, 'queued');
        waiting.push(submission);
      }
      pump();
      return unfinished.length;
    },
    /** Resolves with the finished submission, or with undefined after `timeoutMs`. */
    waitFor(id: string, timeoutMs: number): Promise<Submission | undefined> {
      const stored = store.submission(id);
      if (stored?.status === 'done') return Promise.resolve(stored);
      return new Promise((resolve) => {
        const set = listeners.get(id) ?? new Set();
        const listener = (submission: Submission) => {
          clearTimeout(timer);
          resolve(submission);
        };
        const timer = setTimeout(() => {
          set.delete(listener);
          resolve(undefined);
        }, timeoutMs);
        set.add(listener);
        listeners.set(id, set);
      });
    },
    /** Whether one more submission may wait. */
    hasRoom(): boolean {
      return accepting && waiting.length < maxQueued;
    },
    /** Submissions of this user that are waiting or being judged. */
    inFlight(userId: string): number {
      let count = waiting.filter((s) => s.userId === userId).length;
      for (const id of running.keys()) if (store.submission(id)?.userId === userId) count++;
      return count;
    },
    get depth() {
      return { waiting: waiting.length, running: running.size };
    },
    /**
     * Stops taking work and waits up to `graceMs` for running submissions;
     * anything unfinished stays queued/running in the store for the next start.
     */
    async stop(graceMs: number): Promise<void> {
      accepting = false;
      waiting.length = 0;
      await Promise.race([Promise.allSettled(running.values()), new Promise((resolve) => setTimeout(resolve, graceMs))]);
    },
  };
}

export type SubmissionQueue = ReturnType<typeof createSubmissionQueue>;
