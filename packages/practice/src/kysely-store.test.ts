import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JudgeResult } from '@mianjing/core';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/open.js';
import { openStore } from './kysely-store.js';
import { openTracked, storeKinds } from './testing/stores.js';

const result = (verdict: JudgeResult['verdict']): JudgeResult => ({
  problemId: 'sqrt-x',
  language: 'typescript',
  mode: 'submit',
  verdict,
  passed: 1,
  total: 1,
  tests: [],
  maxTimeMs: 1,
  totalTimeMs: 1,
  peakHeapMb: 1,
});
const limits = { maxQueued: 100, maxInFlightPerUser: 100 };
const now = () => new Date().toISOString();

describe.each(storeKinds)('the $name store', (kind) => {
  const newSubmission = (userId: string) => ({
    id: randomUUID(),
    userId,
    problemId: 'sqrt-x',
    language: 'typescript' as const,
    mode: 'submit' as const,
    code: 'function mySqrt(x) { return 0; }',
    customInputs: [{ x: 4 }],
    createdAt: now(),
  });

  it.skipIf(kind.skip)('moves a submission queued → running → done only from the state it expects, recording it once', async () => {
    const store = await kind.open();
    await store.createUser({ id: 'u1', name: 'u', createdAt: now() }, 'hash-1');
    const submission = await store.insertSubmission(newSubmission('u1'), limits);
    expect(await store.queueDepth()).toEqual({ waiting: 1, running: 0 });

    const first = await store.claimSubmission(submission.id, now());
    expect(first).toMatchObject({ id: submission.id, status: 'running', attempts: 1, customInputs: [{ x: 4 }] });
    // Delivered again (a worker died): claimed again, counting the attempt.
    expect((await store.claimSubmission(submission.id, now()))?.attempts).toBe(2);
    expect(await store.queueDepth()).toEqual({ waiting: 0, running: 1 });

    expect(await store.finishSubmission(submission.id, result('Accepted'), now())).toBe(true);
    // The second judge's result is not recorded, and a done submission cannot be claimed.
    expect(await store.finishSubmission(submission.id, result('WrongAnswer'), now())).toBe(false);
    expect(await store.claimSubmission(submission.id, now())).toBeUndefined();
    const stored = await store.submission(submission.id);
    expect(stored).toMatchObject({ status: 'done', result: { verdict: 'Accepted' } });
    expect(await store.queueDepth()).toEqual({ waiting: 0, running: 0 });
    expect(await store.claimSubmission('no-such-id', now())).toBeUndefined();
  });

  it.skipIf(kind.skip)('hands back running work, and lists what is unfinished oldest first', async () => {
    const store = await kind.open();
    await store.createUser({ id: 'u2', name: 'u', createdAt: now() }, 'hash-2');
    const a = await store.insertSubmission(newSubmission('u2'), limits);
    const b = await store.insertSubmission(newSubmission('u2'), limits);
    await store.claimSubmission(a.id, now());
    await store.releaseSubmission(a.id);
    expect((await store.unfinishedSubmissions()).map((s) => [s.id, s.status])).toEqual([
      [a.id, 'queued'],
      [b.id, 'queued'],
    ]);
    // A cursor beyond any seq (the API lets any base-36 text through) lists from the newest on both dialects.
    expect((await store.listSubmissions('u2', { limit: 10, cursor: 'zzzzzzzzzzzzzzz' })).items.map((s) => s.id)).toEqual([b.id, a.id]);
  });

  it.skipIf(kind.skip)('keeps users, cards, review logs and answers with their types', async () => {
    const store = await kind.open();
    await store.createUser({ id: 'u3', name: 'Lin', createdAt: '2026-01-01T00:00:00.000Z' }, 'hash-3');
    expect(await store.userByTokenHash('hash-3')).toEqual({ id: 'u3', name: 'Lin', createdAt: '2026-01-01T00:00:00.000Z' });
    await expect(store.createUser({ id: 'u4', name: 'x', createdAt: now() }, 'hash-3')).rejects.toThrow();
    await store.recordAnswer({ userId: 'u3', questionId: 'q', value: 0.125, correct: true, answeredAt: now() });
    await store.recordAnswer({ userId: 'u3', questionId: 'q', value: -3, correct: false, answeredAt: now() });
    expect((await store.answers('u3')).map((a) => [a.value, a.correct])).toEqual([
      [0.125, true],
      [-3, false],
    ]);
    const card = {
      questionId: 'dpo',
      phase: 'review' as const,
      due: '2026-02-01T00:00:00.000Z',
      stability: 3.5,
      difficulty: 2,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      lastReview: null,
    };
    await store.saveReview('u3', card, { userId: 'u3', questionId: 'dpo', rating: 'good', reviewedAt: now() });
    await store.saveReview('u3', { ...card, reps: 2 }, { userId: 'u3', questionId: 'dpo', rating: 'easy', reviewedAt: now() });
    expect(await store.card('u3', 'dpo')).toEqual({ ...card, reps: 2 });
    expect((await store.reviewLog('u3')).map((r) => r.rating)).toEqual(['good', 'easy']);
  });

  it.skipIf(kind.skip)('refuses to open a database written by a newer version', async () => {
    const location = await kind.location();
    const database = await openDatabase(location);
    await database.db
      .insertInto('kysely_migration' as never)
      .values({ name: '999_from_the_future', timestamp: now() } as never)
      .execute();
    await database.close();
    await expect(openStore(location)).rejects.toThrow(/migrations this version of Mianjing does not know \(999_from_the_future\)/);
  });
});

describe('migrations', () => {
  it('upgrade a SQLite file written before the query layer, keeping its data', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mianjing-old-')), 'mianjing.db');
    const old = new Database(path);
    old.exec(`CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
      CREATE TABLE submissions (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, user_id TEXT NOT NULL REFERENCES users(id), problem_id TEXT NOT NULL, language TEXT NOT NULL, mode TEXT NOT NULL, code TEXT NOT NULL, custom_inputs TEXT NOT NULL, status TEXT NOT NULL, verdict TEXT, result TEXT, created_at TEXT NOT NULL, finished_at TEXT);
      INSERT INTO users VALUES ('old', 'Old', 'old-hash', '2025-01-01T00:00:00.000Z');
      INSERT INTO submissions (id, user_id, problem_id, language, mode, code, custom_inputs, status, created_at) VALUES ('s1', 'old', 'sqrt-x', 'typescript', 'run', 'x', '[]', 'queued', '2025-01-01T00:00:00.000Z');
      PRAGMA user_version = 1;`);
    old.close();
    const store = await openTracked({ sqlitePath: path });
    expect((await store.userByTokenHash('old-hash'))?.name).toBe('Old');
    expect((await store.claimSubmission('s1', now()))?.attempts).toBe(1);
  });

  const postgres = storeKinds.find((k) => k.name === 'postgres');
  it.skipIf(postgres?.skip)('run once when several replicas start together on Postgres', async () => {
    const location = await postgres?.location();
    if (!location) return;
    const stores = await Promise.all([1, 2, 3, 4].map(() => openTracked(location)));
    await stores[0]?.createUser({ id: 'x', name: 'x', createdAt: now() }, 'x');
    for (const store of stores) expect(await store.userByTokenHash('x')).toBeDefined();
  });

  it('name an unreachable Postgres without its password', async () => {
    await expect(openStore({ databaseUrl: 'postgres://mianjing:secret@127.0.0.1:1/db' })).rejects.toThrow(
      /^cannot open the database postgres:\/\/mianjing:\*\*\*@127\.0\.0\.1:1\/db: connection refused$/,
    );
  });
});
