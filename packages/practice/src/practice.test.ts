import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { afterAll, describe, expect, it } from 'vitest';
import { createPractice } from './practice.js';
import { openSqliteStore } from './sqlite-store.js';

const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 2 });
afterAll(() => judge.close());

const SQRT = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'mianjing-practice-')), 'mianjing.db');

describe('practice over a SQLite store', () => {
  it('stores, judges and returns a submission to its owner only', async () => {
    const practice = createPractice({ store: openSqliteStore(tempDb()), catalogue, judge });
    const alice = practice.createUser('alice');
    const bob = practice.createUser('bob');
    expect(practice.authenticate(alice.token)?.id).toBe(alice.user.id);
    expect(practice.authenticate('mj_wrong')).toBeUndefined();

    const submission = practice.submit(alice.user.id, { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT });
    expect(submission.status).toBe('queued');
    const done = await practice.waitForSubmission(alice.user.id, submission.id, 30_000);
    expect(done?.status).toBe('done');
    expect(done?.result?.verdict).toBe('Accepted');
    expect(practice.submission(bob.user.id, submission.id)).toBeUndefined();
    expect(practice.listSubmissions(bob.user.id, { limit: 10 }).items).toEqual([]);
    expect(practice.hasSolved(alice.user.id, 'sqrt-x')).toBe(true);
  });

  it('refuses a bad submission before storing anything', () => {
    const store = openSqliteStore(':memory:');
    const practice = createPractice({ store, catalogue, judge });
    const { user } = practice.createUser('carol');
    expect(() => practice.submit(user.id, { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: '' })).toThrow(
      expect.objectContaining({ code: 'invalid_request', fields: { code: 'code is empty' } }),
    );
    expect(() => practice.submit(user.id, { problemId: 'nope', language: 'typescript', mode: 'submit', code: SQRT })).toThrow(
      expect.objectContaining({ code: 'problem_not_found' }),
    );
    expect(store.listSubmissions(user.id, { limit: 10 }).items).toEqual([]);
  });

  it('limits the submissions one person may have in flight', () => {
    const practice = createPractice({ store: openSqliteStore(':memory:'), catalogue, judge, maxInFlightPerUser: 2 });
    const { user } = practice.createUser('dave');
    const send = () => practice.submit(user.id, { problemId: 'sqrt-x', language: 'javascript', mode: 'run', code: 'var mySqrt = (x) => { for(;;){} };' });
    send();
    send();
    expect(send).toThrow(expect.objectContaining({ code: 'rate_limited' }));
  });

  it('pages through submissions newest first', async () => {
    const practice = createPractice({ store: openSqliteStore(':memory:'), catalogue, judge, maxInFlightPerUser: 10 });
    const { user } = practice.createUser('erin');
    const ids = [1, 2, 3].map(() => practice.submit(user.id, { problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: SQRT }).id);
    const first = practice.listSubmissions(user.id, { limit: 2 });
    expect(first.items.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    const second = practice.listSubmissions(user.id, { limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((s) => s.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    await Promise.all(ids.map((id) => practice.waitForSubmission(user.id, id, 30_000)));
  });

  it('judges what a previous run left queued or running after a restart', async () => {
    const path = tempDb();
    const before = openSqliteStore(path);
    const stopped = createPractice({ store: before, catalogue, judge });
    const { user } = stopped.createUser('frank');
    // Simulate a crash: stored and marked running, never finished.
    const queued = before.insertSubmission({ id: 'left-queued', userId: user.id, problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT, customInputs: [], createdAt: new Date().toISOString() });
    before.insertSubmission({ ...queued, id: 'left-running' });
    before.updateSubmission('left-running', 'running');
    before.close();

    const after = createPractice({ store: openSqliteStore(path), catalogue, judge });
    expect(after.queue.recover()).toBe(2);
    const results = await Promise.all(['left-queued', 'left-running'].map((id) => after.waitForSubmission(user.id, id, 30_000)));
    expect(results.map((s) => [s?.status, s?.result?.verdict])).toEqual([
      ['done', 'Accepted'],
      ['done', 'Accepted'],
    ]);
  });

  it('schedules flashcards with FSRS and grades numeric answers', () => {
    let clock = new Date('2026-03-01T10:00:00Z');
    const practice = createPractice({ store: openSqliteStore(':memory:'), catalogue, judge, now: () => clock });
    const { user } = practice.createUser('grace');
    const conceptCount = catalogue.questions.filter((q) => q.kind === 'concept').length;
    expect(practice.dueReviews(user.id)).toHaveLength(conceptCount);

    const again = practice.review(user.id, 'dpo', 'again');
    const easy = practice.review(user.id, 'attention-sqrt-d', 'easy');
    expect(new Date(again.due).getTime()).toBeLessThan(new Date(easy.due).getTime());
    expect(easy.phase).toBe('review');
    expect(practice.dueReviews(user.id)).toHaveLength(conceptCount - 2);
    expect(() => practice.review(user.id, 'lora-param-count', 'good')).toThrow(expect.objectContaining({ code: 'not_concept' }));

    expect(practice.answer(user.id, 'lora-param-count', 65536).correct).toBe(true);
    expect(practice.answer(user.id, 'lora-param-count', 65000).correct).toBe(false);

    clock = new Date('2026-03-02T09:00:00Z');
    practice.review(user.id, 'dpo', 'good');
    const progress = practice.progress(user.id);
    expect(progress.reviews).toMatchObject({ done: 3, cards: 2 });
    expect(progress.numeric).toEqual({ answered: 2, correct: 1 });
    expect(progress.activity.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02']);
    expect(progress.streak).toBe(2);
  });
});
