import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { type StoreLocation, createPractice, openStore } from '@mianjing/practice';
import { type AppOptions, createApp } from '../app.js';

/** A fresh app over an in-memory store, plus helpers to call it like a client would. */
export async function testApp(
  options: {
    maxInFlightPerUser?: number;
    maxQueued?: number;
    maxWaitMs?: number;
    fallback?: AppOptions['fallback'];
    adminToken?: string;
    /** Where the store lives: an in-memory SQLite database unless given (a Postgres URL for the Postgres runs). */
    store?: StoreLocation;
  } = {},
) {
  const catalogue = loadCatalogue();
  const judge = createJudge({ catalogue, concurrency: 2 });
  const store = await openStore(options.store ?? { sqlitePath: ':memory:' });
  const practice = createPractice({
    store,
    catalogue,
    judge,
    maxInFlightPerUser: options.maxInFlightPerUser ?? 4,
    maxQueued: options.maxQueued ?? 100,
  });
  const logs: string[] = [];
  const app = createApp({
    catalogue,
    practice,
    judge,
    maxWaitMs: options.maxWaitMs ?? 30_000,
    log: (line) => logs.push(line),
    ...(options.fallback ? { fallback: options.fallback } : {}),
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
  });
  const call = async (method: string, path: string, init: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const response = await app.request(path, {
      method,
      headers,
      ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the route answers
      body: text && response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as any) : undefined,
      text,
    };
  };
  const signUp = async (name = 'tester') => (await call('POST', '/api/v1/users', { body: { name } })).body as { id: string; token: string };
  /** Stops the judge and closes the store. */
  const close = async () => {
    await judge.close();
    await store.close();
  };
  return { app, catalogue, judge, practice, logs, call, signUp, close };
}
