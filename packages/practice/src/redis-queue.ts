import type { Submission } from '@mianjing/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type Dispatcher, createFinishSignal } from './queue.js';
import { connectRedis, DONE_CHANNEL, JUDGE_QUEUE } from './redis.js';
import type { PracticeStore } from './store.js';

export interface RedisDispatcherOptions {
  readonly store: PracticeStore;
  readonly redisUrl: string;
  /** How often unfinished submissions without a live job are put back on the queue. */
  readonly sweepIntervalMs?: number;
  /** Names this process's Redis connections (`api-<pid>`). */
  readonly name?: string;
}

/**
 * Dispatches submissions to judge workers through BullMQ. The database is
 * the truth and Redis only carries ids: a job's id is the submission's, a
 * sweep (at start and every `sweepIntervalMs`) puts back any unfinished
 * submission that has no live job (Redis restarted empty, a lost message, a
 * dispatch that failed while Redis was down), and waiters are woken by a
 * pub/sub message from the worker that recorded the result, then read the
 * result from the database.
 */
export async function createRedisDispatcher(options: RedisDispatcherOptions): Promise<Dispatcher> {
  const { store, redisUrl } = options;
  const name = options.name ?? `api-${process.pid}`;
  const producer = await connectRedis(redisUrl, 'producer', `${name}-queue`);
  let subscriber: Redis;
  try {
    subscriber = await connectRedis(redisUrl, 'subscriber', `${name}-events`);
  } catch (error) {
    producer.disconnect();
    throw error;
  }
  const queue = new Queue(JUDGE_QUEUE, { connection: producer });
  queue.on('error', () => undefined);
  const finished = createFinishSignal(store);
  let accepting = true;

  const wake = async (id: string) => {
    const submission = await store.submission(id).catch(() => undefined);
    if (submission?.status === 'done') finished.notify(submission);
  };
  subscriber.on('message', (_channel: string, id: string) => void wake(id));
  // After a reconnect, a result announced while we were away is found in the database.
  subscriber.on('ready', () => {
    for (const id of finished.waiting()) void wake(id);
  });
  await subscriber.subscribe(DONE_CHANNEL);

  const add = (id: string) => queue.add('judge', { id }, { jobId: id, removeOnComplete: true, removeOnFail: 1_000 });

  /** Puts every unfinished submission without a live job back on the queue; returns how many were looked at. */
  async function sweep(): Promise<number> {
    const unfinished = await store.unfinishedSubmissions();
    for (const submission of unfinished) {
      const job = await queue.getJob(submission.id);
      if (job) {
        const state = await job.getState();
        if (state !== 'failed' && state !== 'completed' && state !== 'unknown') continue;
        await job.remove().catch(() => undefined);
      }
      await add(submission.id);
    }
    return unfinished.length;
  }
  const timer = setInterval(() => void sweep().catch(() => undefined), options.sweepIntervalMs ?? 10_000);
  timer.unref();

  return {
    kind: 'redis',
    get accepting() {
      return accepting;
    },
    async dispatch(submission: Submission) {
      await add(submission.id);
    },
    recover: () => sweep(),
    waitFor: (id, timeoutMs) => finished.waitFor(id, timeoutMs),
    liveWorkers: () => queue.getWorkersCount(),
    async stop() {
      accepting = false;
      clearInterval(timer);
      await queue.close().catch(() => undefined);
      subscriber.disconnect();
      producer.disconnect();
    },
  };
}
