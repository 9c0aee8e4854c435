#!/usr/bin/env node
import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { type PracticeStore, openStore, redactUrl, startJudgeWorker } from '@mianjing/practice';
import { type Env, readEnv } from './env.js';

// A judge worker: `DATABASE_URL=postgres://… REDIS_URL=redis://… node apps/worker/dist/main.js`.
// It takes submission ids from Redis, judges them here and records the results in Postgres.

const line = (fields: Record<string, unknown>) => console.log(JSON.stringify({ time: new Date().toISOString(), ...fields }));
const fail = (message: string): never => {
  console.error(`mianjing-worker: ${message}`);
  process.exit(1);
};

let env: Env;
try {
  env = readEnv();
} catch (error) {
  fail((error as Error).message);
}
const config = env!;

const catalogue = loadCatalogue();
let store: PracticeStore;
try {
  store = await openStore({ databaseUrl: config.DATABASE_URL });
} catch (error) {
  fail((error as Error).message);
}
const judge = createJudge({ catalogue, concurrency: config.WORKER_CONCURRENCY });
const worker = await startJudgeWorker({
  store: store!,
  judge,
  redisUrl: config.REDIS_URL,
  concurrency: config.WORKER_CONCURRENCY,
  lockDurationMs: config.JOB_LOCK_MS,
  log: (event) => line({ level: 'info', ...event }),
}).catch((error: Error) => fail(error.message));

line({
  level: 'info',
  message: 'Mianjing judge worker ready',
  pid: process.pid,
  concurrency: config.WORKER_CONCURRENCY,
  database: redactUrl(config.DATABASE_URL),
  redis: redactUrl(config.REDIS_URL),
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  line({ level: 'info', message: `${signal}: finishing ${worker.active.size} running submissions, then stopping` });
  await worker.stop(config.SHUTDOWN_GRACE_MS);
  await judge.close();
  await store!.close();
  line({ level: 'info', message: 'stopped' });
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
