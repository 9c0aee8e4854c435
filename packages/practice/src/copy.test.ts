import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopyCheckError, copySqliteToPostgres } from './copy.js';
import { openDatabase } from './db/open.js';
import type { Database } from './db/schema.js';
import { createPractice } from './practice.js';
import type { PracticeStore } from './store.js';
import { openTracked, storeKinds } from './testing/stores.js';

// A SQLite store with real activity (users, submissions judged by the real
// judge, reviews, numeric answers, work left queued and running), copied into
// a throwaway Postgres and read back through the same store interface.

const postgres = storeKinds.find((k) => k.name === 'postgres') as (typeof storeKinds)[number];
const sqlite = storeKinds.find((k) => k.name === 'sqlite') as (typeof storeKinds)[number];
const cli = fileURLToPath(new URL('../dist/cli/copy-to-postgres.js', import.meta.url));

const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 1 });
afterAll(() => judge.close());

const SQRT_TS = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';
const SQRT_JS = 'var mySqrt = (x) => Math.floor(Math.sqrt(x));';
const numeric = catalogue.questions.find((q) => q.id === 'lora-param-count');
const loraAnswer = numeric?.kind === 'numeric' ? numeric.answer : Number.NaN;

let clock = new Date('2026-03-01T10:00:00Z');
const now = () => new Date(clock.getTime());
const tick = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

interface Activity {
  readonly sqlitePath: string;
  readonly people: { readonly id: string; readonly token: string }[];
  readonly runningId: string;
}

/** Everything a person can leave in a store, done through the practice loop over SQLite. */
async function recordActivity(): Promise<Activity> {
  const { sqlitePath } = (await sqlite.location()) as { sqlitePath: string };
  const store = await openTracked({ sqlitePath });
  const practice = createPractice({ store, catalogue, judge, now, maxInFlightPerUser: 10 });
  const alice = await practice.createUser('alice');
  const bob = await practice.createUser('bob');
  const judged = async (userId: string, request: object, verdict: string) => {
    tick(1);
    const submission = await practice.submit(userId, request);
    const done = await practice.waitForSubmission(userId, submission.id, 60_000);
    expect(done?.result?.verdict, done?.result?.internalMessage).toBe(verdict);
  };
  await judged(alice.user.id, { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT_TS }, 'Accepted');
  await judged(bob.user.id, { problemId: 'sqrt-x', language: 'javascript', mode: 'submit', code: SQRT_JS }, 'Accepted');
  await judged(
    alice.user.id,
    {
      problemId: 'sqrt-x',
      language: 'javascript',
      mode: 'run',
      code: 'var mySqrt = (x) => Math.round(Math.sqrt(x));',
      customInputs: [{ x: 10 }],
    },
    'WrongAnswer',
  );
  await judged(
    alice.user.id,
    { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: 'function mySqrt(x: number): number { return x; }' },
    'WrongAnswer',
  );

  // Work a crash left behind: one waiting, one claimed by a judge that died. Both must keep their state.
  const base = {
    userId: alice.user.id,
    problemId: 'sqrt-x',
    language: 'typescript' as const,
    mode: 'submit' as const,
    code: SQRT_TS,
    customInputs: [],
  };
  const limits = { maxQueued: 10, maxInFlightPerUser: 10 };
  tick(1);
  await store.insertSubmission({ ...base, id: crypto.randomUUID(), createdAt: now().toISOString() }, limits);
  tick(1);
  const running = await store.insertSubmission({ ...base, id: crypto.randomUUID(), createdAt: now().toISOString() }, limits);
  await store.claimSubmission(running.id, now().toISOString());

  await practice.review(alice.user.id, 'dpo', 'again');
  await practice.review(alice.user.id, 'attention-sqrt-d', 'easy');
  await practice.review(bob.user.id, 'dpo', 'good');
  expect((await practice.answer(alice.user.id, 'lora-param-count', loraAnswer)).correct).toBe(true);
  expect((await practice.answer(bob.user.id, 'lora-param-count', loraAnswer - 500)).correct).toBe(false);
  tick(24 * 60);
  await practice.review(alice.user.id, 'dpo', 'good');
  expect((await practice.answer(alice.user.id, 'lora-param-count', 1.5)).correct).toBe(false);
  // A write-up naming two companies, one of Alice's own items practised by Bob, her own concept item a card in both decks.
  const writeup = await practice.writeups.create(alice.user.id, {
    title: { zh: '小红书 一面' },
    source: { language: 'zh' },
    applications: [{ company: 'pdd', outcome: 'interview' }],
    rounds: [
      {
        id: 'r1',
        company: { name: '小红书' },
        items: [
          { type: 'own-problem', id: 'lru', title: { zh: 'LRU' } },
          { type: 'own-concept', id: 'why-bn', prompt: { zh: 'BN 为什么有效？' } },
        ],
      },
    ],
    visibility: 'unlisted',
  });
  await practice.writeups.setPractised(bob.user.id, writeup.writeup.id, 'lru', true);
  await practice.writeups.practise(bob.user.id, writeup.writeup.id);
  await practice.review(bob.user.id, `writeup:${writeup.writeup.id}:why-bn`, 'hard');
  // As when the API is stopped before copying.
  await store.close();
  return { sqlitePath, people: [alice, bob].map((p) => ({ id: p.user.id, token: p.token })), runningId: running.id };
}

const KEYS: Record<Exclude<keyof Database, 'rate_events'>, string[]> = {
  users: ['id'],
  submissions: ['seq'],
  cards: ['user_id', 'question_id'],
  review_log: ['id'],
  answers: ['id'],
  writeups: ['id'],
  writeup_companies: ['writeup_id', 'company_key'],
  writeup_practice: ['user_id', 'writeup_id', 'item_key'],
};

/** Every row of every table, in key order (sorted here: Postgres collates text by locale, SQLite by bytes). */
async function dump(location: { sqlitePath: string } | { databaseUrl: string }) {
  const database = await openDatabase(location);
  try {
    const tables: Record<string, unknown[]> = {};
    for (const [table, key] of Object.entries(KEYS)) {
      const rows = (await database.db
        .selectFrom(table as keyof Database)
        .selectAll()
        .execute()) as Record<string, unknown>[];
      const sortKey = (row: Record<string, unknown>) =>
        key.map((k) => (typeof row[k] === 'number' ? String(row[k]).padStart(16, '0') : String(row[k]))).join('\u0000');
      tables[table] = rows.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    }
    return tables;
  } finally {
    await database.close();
  }
}

/** Every page of a person's submissions, following the cursors. */
async function allPages(store: PracticeStore, userId: string, problemId?: string) {
  const pages = [];
  let cursor: string | undefined;
  do {
    const page = await store.listSubmissions(userId, { limit: 2, ...(cursor ? { cursor } : {}), ...(problemId ? { problemId } : {}) });
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

const runCli = (args: string[], env: Record<string, string | undefined> = {}, cwd?: string) => {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
    ...(cwd ? { cwd } : {}),
    timeout: 60_000,
  });
};

describe('the copy-to-postgres command line', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (pnpm --filter @mianjing/practice build)`);
  });

  it('refuses a bad argument with exit 2 and one line naming it', () => {
    const unknown = runCli(['--frm', 'data/mianjing.db']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toEqual(['db:copy: --frm: unknown argument (expected --from PATH --to URL; --help)']);

    const missing = runCli(['--from', 'no/such.db', '--to', 'postgres://postgres@127.0.0.1:1/x']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^db:copy: --from: no such file: .*no\/such\.db$/m);
  });

  it('names a URL that is not Postgres without printing its password, and needs a target', () => {
    const here = fileURLToPath(import.meta.url);
    const bad = runCli(['--from', here, '--to', 'mysql://lin:hunter2@db.example/mianjing']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('db:copy: --to: must be a postgres:// URL (got mysql://lin:***@db.example/mianjing)');
    const badEnv = runCli(['--from', here], { DATABASE_URL: 'hunter2' });
    expect(badEnv.status).toBe(2);
    expect(badEnv.stderr).toMatch(/^db:copy: DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(badEnv.stderr).not.toContain('hunter2');
    const none = runCli(['--from', here]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^db:copy: --to: missing/);
  });
});

describe('copying a SQLite store into Postgres', () => {
  let activity: Activity;
  let databaseUrl: string;
  let sourceDump: Record<string, unknown[]>;

  beforeAll(async () => {
    if (postgres.skip) return;
    activity = await recordActivity();
    sourceDump = await dump({ sqlitePath: activity.sqlitePath });
    databaseUrl = ((await postgres.location()) as { databaseUrl: string }).databaseUrl;
  }, 180_000);

  it.skipIf(postgres.skip)('copies every row as it is, prints the counts and checks them', async () => {
    const lines: string[] = [];
    const counts = await copySqliteToPostgres(activity.sqlitePath, databaseUrl, (line) => lines.push(line));
    expect(counts).toEqual({
      users: { source: 2, copied: 2, alreadyThere: 0 },
      submissions: { source: 6, copied: 6, alreadyThere: 0 },
      cards: { source: 5, copied: 5, alreadyThere: 0 },
      review_log: { source: 5, copied: 5, alreadyThere: 0 },
      answers: { source: 3, copied: 3, alreadyThere: 0 },
      writeups: { source: 1, copied: 1, alreadyThere: 0 },
      writeup_companies: { source: 2, copied: 2, alreadyThere: 0 },
      writeup_practice: { source: 1, copied: 1, alreadyThere: 0 },
    });
    expect(lines.at(-1)).toBe('checked: all 25 source rows are in Postgres');
    expect(lines).toContainEqual(expect.stringMatching(/^submissions\s+6 copied\s+0 already there$/));
    // Every column of every row, status, attempts and started_at of unfinished work included.
    expect(await dump({ databaseUrl })).toEqual(sourceDump);
    const running = sourceDump.submissions?.find((row) => (row as { id: string }).id === activity.runningId);
    expect(running).toMatchObject({ status: 'running', attempts: 1, started_at: expect.any(String) });
  });

  it.skipIf(postgres.skip)('serves the same people, pages, cursors, cards, answers and progress from Postgres', async () => {
    const before = await openTracked({ sqlitePath: activity.sqlitePath });
    const after = await openTracked({ databaseUrl });
    expect(after.kind).toBe('postgres');
    const was = createPractice({ store: before, catalogue, judge, now });
    const is = createPractice({ store: after, catalogue, judge, now });
    for (const person of activity.people) {
      expect((await is.authenticate(person.token))?.id).toBe(person.id);
      const pages = await allPages(after, person.id);
      expect(pages).toEqual(await allPages(before, person.id));
      expect(await allPages(after, person.id, 'sqrt-x')).toEqual(await allPages(before, person.id, 'sqrt-x'));
      expect(await after.cards(person.id)).toEqual(await before.cards(person.id));
      expect(await is.cards(person.id)).toEqual(await was.cards(person.id));
      expect(await is.dueDeck(person.id)).toEqual(await was.dueDeck(person.id));
      expect(await after.reviewLog(person.id)).toEqual(await before.reviewLog(person.id));
      expect(await after.answers(person.id)).toEqual(await before.answers(person.id));
      expect(await is.progress(person.id)).toEqual(await was.progress(person.id));
    }
    const [alice] = activity.people;
    // Alice has six submissions, newest first: the two left unfinished on top.
    const alicePages = await allPages(after, alice?.id ?? '');
    expect(alicePages.flatMap((p) => p.items.map((s) => s.status))).toEqual(['running', 'queued', 'done', 'done', 'done']);
    expect((await is.progress(alice?.id ?? '')).problems.solved).toBe(1);
    expect(await after.queueDepth()).toEqual({ waiting: 1, running: 1 });
  });

  it.skipIf(postgres.skip)('gives rows created on Postgres afterwards ids after the copied ones', async () => {
    const store = await openTracked({ databaseUrl });
    const practice = createPractice({ store, catalogue, judge, now });
    const alice = { id: activity.people[0]?.id ?? '' };
    const fresh = await store.insertSubmission(
      {
        id: crypto.randomUUID(),
        userId: alice.id,
        problemId: 'sqrt-x',
        language: 'typescript',
        mode: 'run',
        code: SQRT_TS,
        customInputs: [],
        createdAt: now().toISOString(),
      },
      { maxQueued: 100, maxInFlightPerUser: 100 },
    );
    const first = await store.listSubmissions(alice.id, { limit: 1 });
    expect(first.items[0]?.id).toBe(fresh.id);
    // These would collide with copied ids (a duplicate key) had the identity sequences not moved.
    await practice.review(alice.id, 'dpo', 'hard');
    await practice.answer(alice.id, 'lora-param-count', loraAnswer);
    const maxOf = (table: string, column: string) =>
      Math.max(...(sourceDump[table] ?? []).map((r) => (r as Record<string, number>)[column] ?? 0));
    const database = await openDatabase({ databaseUrl });
    try {
      const seq = await database.db.selectFrom('submissions').select('seq').where('id', '=', fresh.id).executeTakeFirstOrThrow();
      expect(seq.seq).toBe(maxOf('submissions', 'seq') + 1);
      const review = await database.db
        .selectFrom('review_log')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow();
      expect(Number(review.id)).toBe(maxOf('review_log', 'id') + 1);
      const answer = await database.db
        .selectFrom('answers')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow();
      expect(Number(answer.id)).toBe(maxOf('answers', 'id') + 1);
    } finally {
      await database.close();
    }
  });

  it.skipIf(postgres.skip)('copies nothing the second time, even after Postgres moved on, and the check still holds', async () => {
    const counts = await copySqliteToPostgres(activity.sqlitePath, databaseUrl);
    for (const count of Object.values(counts)) expect(count).toEqual({ source: count.source, copied: 0, alreadyThere: count.source });
    // The sequences were not moved back: the next submission still goes on top.
    const store = await openTracked({ databaseUrl });
    const alice = { id: activity.people[0]?.id ?? '' };
    const newest = await store.insertSubmission(
      {
        id: crypto.randomUUID(),
        userId: alice.id,
        problemId: 'sqrt-x',
        language: 'typescript',
        mode: 'run',
        code: SQRT_TS,
        customInputs: [],
        createdAt: now().toISOString(),
      },
      { maxQueued: 100, maxInFlightPerUser: 100 },
    );
    expect((await store.listSubmissions(alice.id, { limit: 1 })).items[0]?.id).toBe(newest.id);
  });

  it.skipIf(postgres.skip)(
    'runs from the command line with DATABASE_URL and a path relative to where it was typed, never printing the password',
    () => {
      const url = new URL(databaseUrl);
      url.password = 'hunter2'; // the throwaway server trusts every local connection, so any password is accepted
      const run = runCli(
        ['--from', basename(activity.sqlitePath)],
        { DATABASE_URL: url.toString(), INIT_CWD: dirname(activity.sqlitePath) },
        '/',
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain('hunter2');
      expect(run.stdout).toContain(`→ postgres://postgres:***@127.0.0.1:${url.port}/`);
      expect(run.stdout).toMatch(/^users\s+0 copied\s+2 already there$/m);
      expect(run.stdout.trim().split('\n').at(-1)).toBe('checked: all 25 source rows are in Postgres');
    },
  );

  it.skipIf(postgres.skip)('fails the check naming the table when Postgres holds other rows under the same keys', async () => {
    const { databaseUrl: used } = (await postgres.location()) as { databaseUrl: string };
    const other = await openTracked({ databaseUrl: used });
    const alice = { id: activity.people[0]?.id ?? '' };
    // Someone else's account under Alice's id: her token would not work after the copy.
    await other.createUser({ id: alice.id, name: 'impostor', createdAt: now().toISOString() }, 'not-her-token-hash');

    const failure = await copySqliteToPostgres(activity.sqlitePath, used).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CopyCheckError);
    expect((failure as CopyCheckError).tables).toEqual(['users']);
    expect((failure as Error).message).toMatch(/users: 1 different \(id [0-9a-f-]{36}\) of 2 source rows/);

    const run = runCli(['--from', activity.sqlitePath, '--to', used]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^db:copy: the copy check failed — users: 1 different/);
  });
});
