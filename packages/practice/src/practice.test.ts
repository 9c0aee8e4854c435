import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { afterAll, describe, expect, it } from 'vitest';
import { createPractice } from './practice.js';
import { openTracked, storeKinds } from './testing/stores.js';

const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 2 });
afterAll(() => judge.close());

const SQRT = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';
const numeric = catalogue.questions.find((q) => q.id === 'lora-param-count');
const loraAnswer = numeric?.kind === 'numeric' ? numeric.answer : Number.NaN;

describe.each(storeKinds)('practice over a $name store', (kind) => {
  it.skipIf(kind.skip)('stores, judges and returns a submission to its owner only', async () => {
    const practice = createPractice({ store: await kind.open(), catalogue, judge });
    const alice = await practice.createUser('alice');
    const bob = await practice.createUser('bob');
    expect((await practice.authenticate(alice.token))?.id).toBe(alice.user.id);
    expect(await practice.authenticate('mj_wrong')).toBeUndefined();

    const submission = await practice.submit(alice.user.id, { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT });
    expect(submission.status).toBe('queued');
    const done = await practice.waitForSubmission(alice.user.id, submission.id, 30_000);
    expect(done?.status).toBe('done');
    expect(done?.result?.verdict, done?.result?.internalMessage).toBe('Accepted');
    expect(await practice.submission(bob.user.id, submission.id)).toBeUndefined();
    expect(await practice.waitForSubmission(bob.user.id, submission.id, 10)).toBeUndefined();
    expect((await practice.listSubmissions(bob.user.id, { limit: 10 })).items).toEqual([]);
    expect(await practice.hasSolved(alice.user.id, 'sqrt-x')).toBe(true);
    expect((await practice.renameUser(alice.user.id, 'Alice'))?.name).toBe('Alice');
  });

  it.skipIf(kind.skip)('refuses a bad submission before storing anything', async () => {
    const store = await kind.open();
    const practice = createPractice({ store, catalogue, judge });
    const { user } = await practice.createUser('carol');
    await expect(practice.submit(user.id, { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: '' })).rejects.toMatchObject(
      {
        code: 'invalid_request',
        fields: { code: 'code is empty' },
      },
    );
    await expect(practice.submit(user.id, { problemId: 'nope', language: 'typescript', mode: 'submit', code: SQRT })).rejects.toMatchObject(
      {
        code: 'problem_not_found',
      },
    );
    expect((await store.listSubmissions(user.id, { limit: 10 })).items).toEqual([]);
  });

  it.skipIf(kind.skip)('limits the submissions one person may have in flight, and the queue, even when sent at once', async () => {
    const store = await kind.open();
    // A dispatcher that judges nothing: submissions stay queued.
    const idle = {
      kind: 'in-process' as const,
      accepting: true,
      dispatch: async () => undefined,
      recover: async () => 0,
      waitFor: async () => undefined,
      liveWorkers: async () => 0,
      stop: async () => undefined,
    };
    const practice = createPractice({ store, catalogue, judge, dispatcher: idle, maxInFlightPerUser: 2, maxQueued: 3 });
    const dave = (await practice.createUser('dave')).user;
    const send = (userId: string) =>
      practice.submit(userId, { problemId: 'sqrt-x', language: 'javascript', mode: 'run', code: 'var mySqrt = (x) => 1;' });
    const outcomes = await Promise.allSettled([send(dave.id), send(dave.id), send(dave.id), send(dave.id)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual([
      'rate_limited',
      'rate_limited',
    ]);
    const erin = (await practice.createUser('erin')).user;
    const more = await Promise.allSettled([send(erin.id), send(erin.id)]);
    expect(more.map((o) => (o.status === 'rejected' ? o.reason.code : 'ok')).sort()).toEqual(['ok', 'queue_full']);
    expect(await store.queueDepth()).toEqual({ waiting: 3, running: 0 });
  });

  it.skipIf(kind.skip)('pages through submissions newest first', async () => {
    const practice = createPractice({ store: await kind.open(), catalogue, judge, maxInFlightPerUser: 10 });
    const { user } = await practice.createUser('erin');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await practice.submit(user.id, { problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: SQRT })).id);
    const first = await practice.listSubmissions(user.id, { limit: 2 });
    expect(first.items.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    const second = await practice.listSubmissions(user.id, { limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((s) => s.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    await Promise.all(ids.map((id) => practice.waitForSubmission(user.id, id, 30_000)));
  });

  it.skipIf(kind.skip)('judges what a previous run left queued or running after a restart', async () => {
    const location = await kind.location();
    const before = await openTracked(location);
    const { user } = await createPractice({ store: before, catalogue, judge }).createUser('frank');
    // Simulate a crash: stored, one claimed by a judge that died, never finished.
    const base = {
      userId: user.id,
      problemId: 'sqrt-x',
      language: 'typescript' as const,
      mode: 'submit' as const,
      code: SQRT,
      customInputs: [],
    };
    const limits = { maxQueued: 10, maxInFlightPerUser: 10 };
    await before.insertSubmission({ ...base, id: crypto.randomUUID(), createdAt: new Date().toISOString() }, limits);
    const running = await before.insertSubmission({ ...base, id: crypto.randomUUID(), createdAt: new Date().toISOString() }, limits);
    await before.claimSubmission(running.id, new Date().toISOString());
    await before.close();

    const after = createPractice({ store: await openTracked(location), catalogue, judge });
    expect(await after.queue.recover()).toBe(2);
    const unfinished = (await after.listSubmissions(user.id, { limit: 10 })).items.map((s) => s.id);
    const results = await Promise.all(unfinished.map((id) => after.waitForSubmission(user.id, id, 30_000)));
    expect(results.map((s) => [s?.status, s?.result?.verdict])).toEqual([
      ['done', 'Accepted'],
      ['done', 'Accepted'],
    ]);
  });

  it.skipIf(kind.skip)('schedules flashcards with FSRS and grades numeric answers', async () => {
    let clock = new Date('2026-03-01T10:00:00Z');
    const practice = createPractice({ store: await kind.open(), catalogue, judge, now: () => clock });
    const { user } = await practice.createUser('grace');
    const conceptCount = catalogue.questions.filter((q) => q.kind === 'concept').length;
    expect(await practice.dueReviews(user.id)).toHaveLength(conceptCount);

    const again = await practice.review(user.id, 'dpo', 'again');
    const easy = await practice.review(user.id, 'attention-sqrt-d', 'easy');
    expect(new Date(again.due).getTime()).toBeLessThan(new Date(easy.due).getTime());
    expect(easy.phase).toBe('review');
    expect(await practice.dueReviews(user.id)).toHaveLength(conceptCount - 2);
    await expect(practice.review(user.id, 'lora-param-count', 'good')).rejects.toMatchObject({ code: 'not_concept' });

    expect((await practice.answer(user.id, 'lora-param-count', loraAnswer)).correct).toBe(true);
    expect((await practice.answer(user.id, 'lora-param-count', loraAnswer - 500)).correct).toBe(false);

    clock = new Date('2026-03-02T09:00:00Z');
    await practice.review(user.id, 'dpo', 'good');
    const progress = await practice.progress(user.id);
    expect(progress.reviews).toMatchObject({ done: 3, cards: 2 });
    expect(progress.numeric).toEqual({ answered: 2, correct: 1 });
    expect(progress.questionStatus).toEqual({ dpo: 'reviewed', 'attention-sqrt-d': 'reviewed', 'lora-param-count': 'correct' });
    expect(progress.activity.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02']);
    expect(progress.streak).toBe(2);
    expect((await practice.cards(user.id)).map((c) => c.questionId).sort()).toEqual(['attention-sqrt-d', 'dpo']);
  });
});
