import { JudgeResult, MianjingError, ReviewCard, Submission, TestInput, type User } from '@mianjing/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import { z } from 'zod';
import { type OpenDatabase, type StoreLocation, openDatabase } from './db/open.js';
import type { Database, SubmissionsTable } from './db/schema.js';
import type { AnswerEntry, ClaimedSubmission, PracticeStore, ReviewLogEntry, SubmissionPage } from './store.js';

/** Serialises submission inserts on Postgres, so the queue and per-user limits hold across replicas. */
const SUBMIT_LOCK = 7_130_241_001;

type SubmissionRow = Selectable<SubmissionsTable>;

const toSubmission = (row: SubmissionRow): Submission =>
  Submission.parse({
    id: row.id,
    userId: row.user_id,
    problemId: row.problem_id,
    language: row.language,
    mode: row.mode,
    code: row.code,
    customInputs: z.array(TestInput).parse(JSON.parse(row.custom_inputs)),
    status: row.status,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    result: row.result === null ? null : JudgeResult.parse(JSON.parse(row.result)),
  });

const toUser = (row: { id: string; name: string; created_at: string }): User => ({ id: row.id, name: row.name, createdAt: row.created_at });

/**
 * Opens the store: a SQLite file (created and migrated as needed, `:memory:`
 * for tests) or Postgres (migrated under an advisory lock).
 *
 * @example const store = await openStore({ sqlitePath: './data/mianjing.db' });
 * @example const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
 */
export async function openStore(location: StoreLocation): Promise<PracticeStore> {
  return createKyselyStore(await openDatabase(location));
}

/** The store over an open, migrated database of either dialect. */
export function createKyselyStore(database: OpenDatabase): PracticeStore {
  const { db, kind } = database;

  const submitLock = async (trx: Kysely<Database>) => {
    if (kind === 'postgres') await sql`select pg_advisory_xact_lock(${SUBMIT_LOCK})`.execute(trx);
  };
  const count = async (query: Promise<{ n: number | string | bigint } | undefined>) => Number((await query)?.n ?? 0);

  return {
    kind,
    async createUser(user, tokenHash) {
      await db.insertInto('users').values({ id: user.id, name: user.name, token_hash: tokenHash, created_at: user.createdAt }).execute();
    },
    async userByTokenHash(tokenHash) {
      const row = await db.selectFrom('users').select(['id', 'name', 'created_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
      return row && toUser(row);
    },
    async renameUser(id, name) {
      const row = await db.updateTable('users').set({ name }).where('id', '=', id).returning(['id', 'name', 'created_at']).executeTakeFirst();
      return row && toUser(row);
    },

    async insertSubmission(submission, limits) {
      return db.transaction().execute(async (trx) => {
        await submitLock(trx);
        const mine = await count(
          trx.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', submission.userId).where('status', '!=', 'done').executeTakeFirst(),
        );
        if (mine >= limits.maxInFlightPerUser) {
          throw new MianjingError('rate_limited', `you already have ${limits.maxInFlightPerUser} submissions waiting; wait for one to finish`);
        }
        const waiting = await count(trx.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'queued').executeTakeFirst());
        if (waiting >= limits.maxQueued) throw new MianjingError('queue_full', 'the judge queue is full; try again shortly');
        await trx
          .insertInto('submissions')
          .values({
            id: submission.id,
            user_id: submission.userId,
            problem_id: submission.problemId,
            language: submission.language,
            mode: submission.mode,
            code: submission.code,
            custom_inputs: JSON.stringify(submission.customInputs),
            status: 'queued',
            created_at: submission.createdAt,
          })
          .execute();
        return { ...submission, status: 'queued' as const, finishedAt: null, result: null };
      });
    },
    async claimSubmission(id, startedAt): Promise<ClaimedSubmission | undefined> {
      const row = await db
        .updateTable('submissions')
        .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), started_at: startedAt }))
        .where('id', '=', id)
        .where('status', '!=', 'done')
        .returningAll()
        .executeTakeFirst();
      return row && { ...toSubmission(row), attempts: Number(row.attempts) };
    },
    async finishSubmission(id, result, finishedAt) {
      const updated = await db
        .updateTable('submissions')
        .set({ status: 'done', verdict: result.verdict, result: JSON.stringify(result), finished_at: finishedAt })
        .where('id', '=', id)
        .where('status', '!=', 'done')
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },
    async releaseSubmission(id) {
      await db.updateTable('submissions').set({ status: 'queued' }).where('id', '=', id).where('status', '=', 'running').execute();
    },
    async submission(id) {
      const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSubmission(row);
    },
    async listSubmissions(userId, { problemId, limit, cursor }): Promise<SubmissionPage> {
      // A cursor is a seq in base 36; anything larger than any seq (or not a number) starts from the newest.
      const parsed = cursor === undefined ? Number.NaN : Number.parseInt(cursor, 36);
      const before = Number.isSafeInteger(parsed) ? parsed : Number.MAX_SAFE_INTEGER;
      let query = db
        .selectFrom('submissions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('seq', '<', before);
      if (problemId) query = query.where('problem_id', '=', problemId);
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return { items: page.map(toSubmission), nextCursor: rows.length > limit && last ? Number(last.seq).toString(36) : null };
    },
    async unfinishedSubmissions() {
      const rows = await db.selectFrom('submissions').selectAll().where('status', '!=', 'done').orderBy('seq').execute();
      return rows.map(toSubmission);
    },
    async queueDepth() {
      const rows = await db
        .selectFrom('submissions')
        .select(['status', (eb) => eb.fn.countAll().as('n')])
        .where('status', '!=', 'done')
        .groupBy('status')
        .execute();
      const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
      return { waiting: of('queued'), running: of('running') };
    },
    async submissionSummaries(userId) {
      const rows = await db
        .selectFrom('submissions')
        .select(['problem_id', 'mode', 'verdict', 'created_at'])
        .where('user_id', '=', userId)
        .where('status', '=', 'done')
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({ problemId: r.problem_id, mode: r.mode, verdict: r.verdict, createdAt: r.created_at }));
    },

    async card(userId, questionId) {
      const row = await db.selectFrom('cards').select('state').where('user_id', '=', userId).where('question_id', '=', questionId).executeTakeFirst();
      return row && ReviewCard.parse(JSON.parse(row.state));
    },
    async cards(userId) {
      const rows = await db.selectFrom('cards').select('state').where('user_id', '=', userId).orderBy('due').execute();
      return rows.map((r) => ReviewCard.parse(JSON.parse(r.state)));
    },
    async saveReview(userId, card, log) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('cards')
          .values({ user_id: userId, question_id: card.questionId, state: JSON.stringify(card), due: card.due })
          .onConflict((oc) => oc.columns(['user_id', 'question_id']).doUpdateSet((eb) => ({ state: eb.ref('excluded.state'), due: eb.ref('excluded.due') })))
          .execute();
        await trx.insertInto('review_log').values({ user_id: userId, question_id: log.questionId, rating: log.rating, reviewed_at: log.reviewedAt }).execute();
      });
    },
    async reviewLog(userId) {
      const rows = await db.selectFrom('review_log').selectAll().where('user_id', '=', userId).orderBy('id').execute();
      return rows.map((r) => ({ userId: r.user_id, questionId: r.question_id, rating: r.rating as ReviewLogEntry['rating'], reviewedAt: r.reviewed_at }));
    },
    async recordAnswer(answer: AnswerEntry) {
      await db
        .insertInto('answers')
        .values({ user_id: answer.userId, question_id: answer.questionId, value: answer.value, correct: answer.correct ? 1 : 0, answered_at: answer.answeredAt })
        .execute();
    },
    async answers(userId) {
      const rows = await db.selectFrom('answers').selectAll().where('user_id', '=', userId).orderBy('id').execute();
      return rows.map((r) => ({ userId: r.user_id, questionId: r.question_id, value: Number(r.value), correct: Number(r.correct) === 1, answeredAt: r.answered_at }));
    },

    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => database.close(),
  };
}
