import type { Judge } from '@mianjing/core/judge';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { judgeStoredSubmission } from './judging.js';
import { connectRedis, DONE_CHANNEL, JUDGE_QUEUE } from './redis.js';
import type { PracticeStore } from './store.js';

export interface JudgeWorkerOptions {
  readonly store: PracticeStore;
  readonly judge: Judge;
  readonly redisUrl: string;
  /** Submissions judged at once. */
  readonly concurrency: number;
  /**
   * How long a job's lock lasts without renewal (renewed every half of it
   * while the worker lives). Judging runs off the event loop, so renewals
   * are never late; a killed worker's job is taken back after about this long.
   */
  readonly lockDurationMs?: number;
  readonly name?: string;
  readonly now?: () => Date;
  /** Called with one structured event per job (started, judged, failed). */
  readonly log?: (event: Record<string, unknown>) => void;
}

export interface JudgeWorker {
  /** Submissions being judged now. */
  readonly active: ReadonlySet<string>;
  /**
   * Stops taking jobs and waits up to `graceMs` for running ones; any still
   * running then are handed back (queued again in the database) for another
   * worker.
   */
  stop(graceMs: number): Promise<void>;
}

/**
 * A judge worker: takes submission ids from the BullMQ queue, judges each
 * through guarded updates in the database (so a job delivered twice is
 * recorded once) and announces the result. Used by `apps/worker` and by an
 * API replica that judges as well.
 */
export async function startJudgeWorker(options: JudgeWorkerOptions): Promise<JudgeWorker> {
  const { store, judge, redisUrl } = options;
  const name = options.name ?? `worker-${process.pid}`;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const lockDuration = options.lockDurationMs ?? 30_000;
  const connection = await connectRedis(redisUrl, 'worker', `${name}-jobs`);
  let publisher: Redis;
  try {
    publisher = await connectRedis(redisUrl, 'worker', `${name}-events`);
  } catch (error) {
    connection.disconnect();
    throw error;
  }
  const active = new Set<string>();

  const worker = new Worker<{ id: string }>(
    JUDGE_QUEUE,
    async (job) => {
      const { id } = job.data;
      active.add(id);
      const started = Date.now();
      log({ event: 'judging', submission: id, delivery: job.attemptsStarted });
      try {
        const done = await judgeStoredSubmission(store, judge, id, now);
        log({ event: 'judged', submission: id, verdict: done?.result?.verdict ?? 'already done', ms: Date.now() - started });
        await publisher.publish(DONE_CHANNEL, id);
      } finally {
        active.delete(id);
      }
    },
    {
      connection,
      name,
      concurrency: options.concurrency,
      lockDuration,
      stalledInterval: Math.max(1_000, Math.round(lockDuration / 2)),
      // The database counts attempts and gives up after a few; BullMQ must not fail the job first.
      maxStalledCount: 100,
    },
  );
  worker.on('error', () => undefined);
  worker.on('failed', (job, error) => log({ event: 'failed', submission: job?.data.id, message: error.message }));
  await worker.waitUntilReady();

  return {
    active,
    async stop(graceMs) {
      const closed = worker.close();
      const timedOut = await Promise.race([
        closed.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs)),
      ]);
      if (timedOut) {
        for (const id of active) await store.releaseSubmission(id).catch(() => undefined);
        await worker.close(true).catch(() => undefined);
      }
      publisher.disconnect();
      connection.disconnect();
    },
  };
}
