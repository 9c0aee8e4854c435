#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import {
  type Dispatcher,
  type JudgeWorker,
  type PracticeStore,
  createPractice,
  createRedisDispatcher,
  openStore,
  redactUrl,
  startJudgeWorker,
} from '@mianjing/practice';
import { createApp } from './app.js';
import { readEnv } from './env.js';
import { serveWebApp } from './web-app.js';

/** The built web app, served at / when present. */
const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** How long SIGTERM waits for running submissions before leaving them for the next start. */
const SHUTDOWN_GRACE_MS = 10_000;

let env;
try {
  env = readEnv();
} catch (error) {
  console.error(`mianjing: ${(error as Error).message}`);
  process.exit(1);
}

const catalogue = loadCatalogue();
let store: PracticeStore;
try {
  store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { sqlitePath: env.databasePath });
} catch (error) {
  console.error(`mianjing: ${(error as Error).message}`);
  process.exit(1);
}
const judge = createJudge({ catalogue, concurrency: Math.max(1, env.JUDGE_CONCURRENCY) });
// With Redis, submissions go to judge workers (and to this process too unless JUDGE_CONCURRENCY=0).
let dispatcher: Dispatcher | undefined;
let embeddedWorker: JudgeWorker | undefined;
if (env.REDIS_URL) {
  try {
    dispatcher = await createRedisDispatcher({ store, redisUrl: env.REDIS_URL });
    if (env.JUDGE_CONCURRENCY > 0) {
      embeddedWorker = await startJudgeWorker({
        store,
        judge,
        redisUrl: env.REDIS_URL,
        concurrency: env.JUDGE_CONCURRENCY,
        name: `api-${process.pid}`,
      });
    }
  } catch (error) {
    console.error(`mianjing: ${(error as Error).message}`);
    process.exit(1);
  }
}
const practice = createPractice({
  store,
  catalogue,
  judge,
  ...(dispatcher ? { dispatcher } : {}),
  maxQueued: env.MAX_QUEUE,
  maxInFlightPerUser: env.MAX_IN_FLIGHT_PER_USER,
});
const app = createApp({
  catalogue,
  practice,
  judge,
  maxWaitMs: 30_000,
  ...(env.ACCESS_LOG === 'off' ? { log: false as const } : {}),
  adminToken: env.ADMIN_TOKEN,
  fallback: serveWebApp(webDist),
});

const recovered = await practice.queue.recover();
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(
    JSON.stringify({
      level: 'info',
      message: `Mianjing listening on http://${env.HOST}:${info.port}`,
      api: `http://${env.HOST}:${info.port}/api/v1`,
      docs: `http://${env.HOST}:${info.port}/api/docs`,
      database: env.DATABASE_URL ? redactUrl(env.DATABASE_URL) : env.databasePath,
      queue: env.REDIS_URL ? `redis ${redactUrl(env.REDIS_URL)}` : 'in-process',
      judgeConcurrency: env.JUDGE_CONCURRENCY,
      recoveredSubmissions: recovered,
    }),
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ level: 'info', message: `${signal}: finishing running submissions, then stopping` }));
  // Stop taking connections and let requests in flight (a ?wait=true among them) finish.
  const drained = new Promise((resolve) => server.close(resolve));
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS))]);
  await embeddedWorker?.stop(SHUTDOWN_GRACE_MS);
  await practice.queue.stop(SHUTDOWN_GRACE_MS);
  await judge.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
