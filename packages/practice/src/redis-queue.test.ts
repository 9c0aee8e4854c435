import { randomUUID } from 'node:crypto';
import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JUDGE_ATTEMPTS } from './judging.js';
import { openStore } from './kysely-store.js';
import { createPractice } from './practice.js';
import { createRedisDispatcher } from './redis-queue.js';
import { startJudgeWorker } from './redis-worker.js';
import { createDatabase, missingService, type RunningService, startPostgres, startRedis } from './services/services.js';
import type { PracticeStore } from './store.js';

// Two "replicas" (practice over the Redis dispatcher, judging nothing) and
// judge workers in this process, on a real Postgres and a real Redis.
const missing = missingService('postgres') ?? missingService('redis');
if (missing && process.env.CI) throw new Error(`${missing}: CI must run the Redis queue tests`);
if (missing) console.warn(`\n⚠ Skipping the Redis queue tests: ${missing}.\n`);

const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 2 });
const SQRT = 'var mySqrt = (x) => Math.floor(Math.sqrt(x));';
const request = { problemId: 'sqrt-x', language: 'javascript', mode: 'submit', code: SQRT };

let postgres: RunningService;
let redis: Awaited<ReturnType<typeof startRedis>>;
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  if (missing) return;
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await judge.close();
  await redis?.stop();
  await postgres?.stop();
});

async function cluster(options: { maxInFlightPerUser?: number } = {}) {
  const databaseUrl = createDatabase(postgres.url, `q_${randomUUID().replaceAll('-', '')}`);
  const replica = async () => {
    const store = await openStore({ databaseUrl });
    const dispatcher = await createRedisDispatcher({ store, redisUrl: redis.url, sweepIntervalMs: 500 });
    cleanups.push(
      () => dispatcher.stop(0),
      () => store.close(),
    );
    return {
      store,
      dispatcher,
      practice: createPractice({
        store,
        catalogue,
        judge,
        dispatcher,
        maxInFlightPerUser: options.maxInFlightPerUser ?? 10,
        maxQueued: 100,
      }),
    };
  };
  const worker = async () => {
    const store = await openStore({ databaseUrl });
    const started = await startJudgeWorker({ store, judge, redisUrl: redis.url, concurrency: 2, lockDurationMs: 2_000 });
    cleanups.push(
      () => started.stop(0),
      () => store.close(),
    );
    return started;
  };
  return { replica, worker, databaseUrl };
}

describe.skipIf(missing)('the Redis dispatcher and judge workers', () => {
  it('judges on a worker and wakes a wait=true on another replica', async () => {
    const { replica, worker } = await cluster();
    const [a, b] = [await replica(), await replica()];
    await worker();
    const { user } = await a.practice.createUser('alice');
    const submission = await a.practice.submit(user.id, request);
    const done = await b.practice.waitForSubmission(user.id, submission.id, 30_000);
    expect(done?.result?.verdict).toBe('Accepted');
    expect(await b.dispatcher.liveWorkers()).toBeGreaterThanOrEqual(1);
    expect((await b.practice.health()).queue).toMatchObject({ kind: 'redis', waiting: 0, running: 0 });
  });

  it('holds the per-user limit across replicas', async () => {
    const { replica } = await cluster({ maxInFlightPerUser: 3 });
    const [a, b] = [await replica(), await replica()];
    const { user } = await a.practice.createUser('bob');
    const sent = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((i) => (i % 2 ? a : b).practice.submit(user.id, request)));
    expect(sent.filter((s) => s.status === 'fulfilled')).toHaveLength(3);
    expect(sent.filter((s) => s.status === 'rejected').every((s) => (s as PromiseRejectedResult).reason.code === 'rate_limited')).toBe(
      true,
    );
  });

  it('puts back what Redis lost when it restarted empty, and judges each submission once', async () => {
    const { replica, worker } = await cluster();
    const a = await replica();
    const { user } = await a.practice.createUser('carol');
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await a.practice.submit(user.id, request)).id);
    await redis.restart(); // every job is gone; the database still says queued
    await worker();
    const done = await Promise.all(ids.map((id) => a.practice.waitForSubmission(user.id, id, 30_000)));
    expect(done.map((s) => s?.result?.verdict)).toEqual(['Accepted', 'Accepted', 'Accepted', 'Accepted']);
    const listed = await a.practice.listSubmissions(user.id, { limit: 10 });
    expect(listed.items.map((s) => s.status)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('gives up on a submission that judges kept dying on, as an InternalError', async () => {
    const { replica, worker } = await cluster();
    const a = await replica();
    const { user } = await a.practice.createUser('dave');
    const store: PracticeStore = a.store;
    const submission = await store.insertSubmission(
      {
        id: randomUUID(),
        userId: user.id,
        problemId: 'sqrt-x',
        language: 'javascript',
        mode: 'submit',
        code: SQRT,
        customInputs: [],
        createdAt: new Date().toISOString(),
      },
      { maxQueued: 10, maxInFlightPerUser: 10 },
    );
    // As many judges as allowed claimed it and died before finishing.
    for (let i = 0; i < MAX_JUDGE_ATTEMPTS; i++) await store.claimSubmission(submission.id, new Date().toISOString());
    await worker();
    await a.dispatcher.recover();
    const done = await a.practice.waitForSubmission(user.id, submission.id, 30_000);
    expect(done?.result?.verdict).toBe('InternalError');
    expect(done?.result?.internalMessage).toMatch(/started 3 times and never finished/);
  });
});
