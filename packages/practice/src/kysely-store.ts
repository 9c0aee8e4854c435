import {
  JudgeResult,
  Locale,
  MianjingError,
  ReviewCard,
  Submission,
  parseOwnCardKey,
  TestInput,
  type User,
  UserText,
  UserWriteup,
  Visibility,
} from '@mianjing/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import { z } from 'zod';
import { type OpenDatabase, type StoreLocation, openDatabase } from './db/open.js';
import type { CardsTable, Database, SubmissionsTable, WriteupsTable } from './db/schema.js';
import type {
  AnswerEntry,
  ClaimedSubmission,
  PracticeStore,
  ReviewLogEntry,
  SubmissionPage,
  WriteupListing,
  WriteupRecord,
} from './store.js';

/** Serialises submission inserts on Postgres, so the queue and per-user limits hold across replicas. */
const SUBMIT_LOCK = 7_130_241_001;

/** Serialises one user's rate-limited actions on Postgres (the class of a two-key advisory lock; the user is the other key). */
const RATE_LOCK_CLASS = 713_024_102;

type SubmissionRow = Selectable<SubmissionsTable>;

/** The columns of a write-up row, from its record. */
const writeupColumns = (record: WriteupRecord): Omit<WriteupsTable, 'hidden' | 'id' | 'owner_id' | 'created_at'> => ({
  visibility: record.writeup.visibility,
  title: JSON.stringify(record.writeup.title),
  language: record.writeup.source.language,
  round_count: record.writeup.rounds.length,
  item_count: record.writeup.rounds.reduce((n, r) => n + r.items.length, 0),
  document: JSON.stringify(record.writeup),
  updated_at: record.updatedAt,
});

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

/** A card's row: own cards (`writeup:…` keys) name their write-up, so deleting it deletes them. */
const cardRow = (userId: string, card: ReviewCard): CardsTable => ({
  user_id: userId,
  question_id: card.questionId,
  state: JSON.stringify(card),
  due: card.due,
  writeup_id: parseOwnCardKey(card.questionId)?.writeupId ?? null,
});

/** Rows per multi-row insert: well under either dialect's parameter limit. */
const CARD_BATCH = 500;

const toUser = (row: { id: string; name: string; created_at: string }): User => ({ id: row.id, name: row.name, createdAt: row.created_at });

/** Inserts card rows not already there (a card in a deck keeps its schedule); resolves with how many were new. */
async function insertCards(db: Kysely<Database>, rows: readonly CardsTable[]): Promise<number> {
  let added = 0;
  for (let start = 0; start < rows.length; start += CARD_BATCH) {
    const inserted = await db
      .insertInto('cards')
      .values(rows.slice(start, start + CARD_BATCH))
      .onConflict((oc) => oc.columns(['user_id', 'question_id']).doNothing())
      .returning('question_id')
      .execute();
    added += inserted.length;
  }
  return added;
}

/**
 * After a write-up's document changed: its cards of items no longer there leave
 * every deck; cards of new items join the owner's deck and the deck of everyone
 * who holds a card of it (they practise it).
 */
async function syncWriteupCards(
  trx: Kysely<Database>,
  writeupId: string,
  ownerId: string,
  cards: NonNullable<WriteupRecord['cards']>,
): Promise<void> {
  const holders =
    cards.added.length === 0
      ? []
      : await trx.selectFrom('cards').select('user_id').distinct().where('writeup_id', '=', writeupId).execute();
  let gone = trx.deleteFrom('cards').where('writeup_id', '=', writeupId);
  if (cards.keys.length > 0) gone = gone.where('question_id', 'not in', [...cards.keys]);
  await gone.execute();
  const users = [...new Set([ownerId, ...holders.map((h) => h.user_id)])];
  await insertCards(
    trx,
    users.flatMap((userId) => cards.added.map((card) => cardRow(userId, card))),
  );
}

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
      const row = await db
        .updateTable('users')
        .set({ name })
        .where('id', '=', id)
        .returning(['id', 'name', 'created_at'])
        .executeTakeFirst();
      return row && toUser(row);
    },

    async insertSubmission(submission, limits) {
      return db.transaction().execute(async (trx) => {
        await submitLock(trx);
        const mine = await count(
          trx
            .selectFrom('submissions')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('user_id', '=', submission.userId)
            .where('status', '!=', 'done')
            .executeTakeFirst(),
        );
        if (mine >= limits.maxInFlightPerUser) {
          throw new MianjingError(
            'rate_limited',
            `you already have ${limits.maxInFlightPerUser} submissions waiting; wait for one to finish`,
          );
        }
        const waiting = await count(
          trx
            .selectFrom('submissions')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('status', '=', 'queued')
            .executeTakeFirst(),
        );
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
      let query = db.selectFrom('submissions').selectAll().where('user_id', '=', userId).where('seq', '<', before);
      if (problemId) query = query.where('problem_id', '=', problemId);
      const rows = await query
        .orderBy('seq', 'desc')
        .limit(limit + 1)
        .execute();
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
      const row = await db
        .selectFrom('cards')
        .select('state')
        .where('user_id', '=', userId)
        .where('question_id', '=', questionId)
        .executeTakeFirst();
      return row && ReviewCard.parse(JSON.parse(row.state));
    },
    async cards(userId) {
      const rows = await db.selectFrom('cards').select('state').where('user_id', '=', userId).orderBy('due').execute();
      return rows.map((r) => ReviewCard.parse(JSON.parse(r.state)));
    },
    async saveReview(userId, card, log) {
      return db.transaction().execute(async (trx) => {
        const row = cardRow(userId, card);
        if (row.writeup_id !== null) {
          const updated = await trx
            .updateTable('cards')
            .set({ state: row.state, due: row.due })
            .where('user_id', '=', userId)
            .where('question_id', '=', card.questionId)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) !== 1) return false;
        } else {
          await trx
            .insertInto('cards')
            .values(row)
            .onConflict((oc) =>
              oc
                .columns(['user_id', 'question_id'])
                .doUpdateSet((eb) => ({ state: eb.ref('excluded.state'), due: eb.ref('excluded.due') })),
            )
            .execute();
        }
        await trx
          .insertInto('review_log')
          .values({ user_id: userId, question_id: log.questionId, rating: log.rating, reviewed_at: log.reviewedAt })
          .execute();
        return true;
      });
    },
    async addCards(userId, cards) {
      return insertCards(
        db,
        cards.map((card) => cardRow(userId, card)),
      );
    },
    async removeWriteupCards(userId, writeupId) {
      const deleted = await db.deleteFrom('cards').where('user_id', '=', userId).where('writeup_id', '=', writeupId).executeTakeFirst();
      return Number(deleted.numDeletedRows);
    },
    async reviewLog(userId) {
      const rows = await db.selectFrom('review_log').selectAll().where('user_id', '=', userId).orderBy('id').execute();
      return rows.map((r) => ({
        userId: r.user_id,
        questionId: r.question_id,
        rating: r.rating as ReviewLogEntry['rating'],
        reviewedAt: r.reviewed_at,
      }));
    },
    async recordAnswer(answer: AnswerEntry) {
      await db
        .insertInto('answers')
        .values({
          user_id: answer.userId,
          question_id: answer.questionId,
          value: answer.value,
          correct: answer.correct ? 1 : 0,
          answered_at: answer.answeredAt,
        })
        .execute();
    },
    async answers(userId) {
      const rows = await db.selectFrom('answers').selectAll().where('user_id', '=', userId).orderBy('id').execute();
      return rows.map((r) => ({
        userId: r.user_id,
        questionId: r.question_id,
        value: Number(r.value),
        correct: Number(r.correct) === 1,
        answeredAt: r.answered_at,
      }));
    },

    async insertWriteup(record) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('writeups')
          .values({ id: record.writeup.id, owner_id: record.ownerId, created_at: record.createdAt, ...writeupColumns(record) })
          .execute();
        if (record.companies.length > 0) {
          await trx
            .insertInto('writeup_companies')
            .values(record.companies.map((key) => ({ writeup_id: record.writeup.id, company_key: key })))
            .execute();
        }
        if (record.cards)
          await insertCards(
            trx,
            record.cards.added.map((card) => cardRow(record.ownerId, card)),
          );
      });
    },
    async updateWriteup(record) {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('writeups')
          .set(writeupColumns(record))
          .where('id', '=', record.writeup.id)
          .where('owner_id', '=', record.ownerId)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        await trx.deleteFrom('writeup_companies').where('writeup_id', '=', record.writeup.id).execute();
        if (record.companies.length > 0) {
          await trx
            .insertInto('writeup_companies')
            .values(record.companies.map((key) => ({ writeup_id: record.writeup.id, company_key: key })))
            .execute();
        }
        if (record.cards) await syncWriteupCards(trx, record.writeup.id, record.ownerId, record.cards);
        return true;
      });
    },
    async deleteWriteup(id, ownerId) {
      // Companies, practice marks and everyone's cards of it go with it (on delete cascade).
      const deleted = await db.deleteFrom('writeups').where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst();
      return Number(deleted.numDeletedRows) === 1;
    },
    async writeup(id) {
      const row = await db
        .selectFrom('writeups')
        .innerJoin('users', 'users.id', 'writeups.owner_id')
        .select([
          'writeups.id',
          'writeups.owner_id',
          'writeups.hidden',
          'writeups.document',
          'writeups.created_at',
          'writeups.updated_at',
          'users.name as owner_name',
        ])
        .where('writeups.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const companies = await db
        .selectFrom('writeup_companies')
        .select('company_key')
        .where('writeup_id', '=', id)
        .orderBy('company_key')
        .execute();
      return {
        writeup: UserWriteup.parse(JSON.parse(row.document)),
        ownerId: row.owner_id,
        ownerName: row.owner_name,
        hidden: Number(row.hidden) === 1,
        companies: companies.map((c) => c.company_key),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },
    async listWriteups(scope, { company, limit, offset }) {
      let query = db
        .selectFrom('writeups')
        .innerJoin('users', 'users.id', 'writeups.owner_id')
        .select([
          'writeups.id',
          'writeups.owner_id',
          'users.name as owner_name',
          'writeups.title',
          'writeups.language',
          'writeups.visibility',
          'writeups.hidden',
          'writeups.round_count',
          'writeups.item_count',
          'writeups.created_at',
          'writeups.updated_at',
        ]);
      query =
        'ownerId' in scope
          ? query.where('writeups.owner_id', '=', scope.ownerId)
          : query.where('writeups.visibility', '=', 'public').where('writeups.hidden', '=', 0);
      if (company !== undefined) {
        query = query.where('writeups.id', 'in', (eb) =>
          eb.selectFrom('writeup_companies').select('writeup_id').where('company_key', '=', company),
        );
      }
      const rows = await query.orderBy('writeups.updated_at', 'desc').orderBy('writeups.id', 'desc').limit(limit).offset(offset).execute();
      const companies = new Map<string, string[]>();
      if (rows.length > 0) {
        const keys = await db
          .selectFrom('writeup_companies')
          .select(['writeup_id', 'company_key'])
          .where(
            'writeup_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('company_key')
          .execute();
        for (const k of keys) companies.set(k.writeup_id, [...(companies.get(k.writeup_id) ?? []), k.company_key]);
      }
      return rows.map(
        (r): WriteupListing => ({
          id: r.id,
          ownerId: r.owner_id,
          ownerName: r.owner_name,
          title: UserText.parse(JSON.parse(r.title)),
          language: Locale.parse(r.language),
          visibility: Visibility.parse(r.visibility),
          hidden: Number(r.hidden) === 1,
          companies: companies.get(r.id) ?? [],
          rounds: Number(r.round_count),
          items: Number(r.item_count),
          createdAt: r.created_at,
          updatedAt: r.updated_at,
        }),
      );
    },
    async setWriteupHidden(id, hidden) {
      const updated = await db
        .updateTable('writeups')
        .set({ hidden: hidden ? 1 : 0 })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },
    async setItemPractised(userId, writeupId, itemKey, at) {
      if (at === null) {
        await db
          .deleteFrom('writeup_practice')
          .where('user_id', '=', userId)
          .where('writeup_id', '=', writeupId)
          .where('item_key', '=', itemKey)
          .execute();
        return;
      }
      await db
        .insertInto('writeup_practice')
        .values({ user_id: userId, writeup_id: writeupId, item_key: itemKey, practised_at: at })
        .onConflict((oc) =>
          oc.columns(['user_id', 'writeup_id', 'item_key']).doUpdateSet((eb) => ({ practised_at: eb.ref('excluded.practised_at') })),
        )
        .execute();
    },
    async practisedItems(userId, writeupId) {
      const rows = await db
        .selectFrom('writeup_practice')
        .select(['item_key', 'practised_at'])
        .where('user_id', '=', userId)
        .where('writeup_id', '=', writeupId)
        .execute();
      return Object.fromEntries(rows.map((r) => [r.item_key, r.practised_at]));
    },
    async takeRateEvent(userId, action, window, at) {
      const since = new Date(at.getTime() - window.windowMs).toISOString();
      return db.transaction().execute(async (trx) => {
        if (kind === 'postgres') await sql`select pg_advisory_xact_lock(${sql.lit(RATE_LOCK_CLASS)}, hashtext(${userId}))`.execute(trx);
        // Events older than the window never count again: dropping them keeps the table as small as the window.
        await trx.deleteFrom('rate_events').where('user_id', '=', userId).where('action', '=', action).where('at', '<=', since).execute();
        const recent = await trx
          .selectFrom('rate_events')
          .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
          .where('user_id', '=', userId)
          .where('action', '=', action)
          .executeTakeFirst();
        if (Number(recent?.n ?? 0) >= window.max && recent?.oldest) {
          return { retryAfterMs: Math.max(1, new Date(recent.oldest).getTime() + window.windowMs - at.getTime()) };
        }
        await trx.insertInto('rate_events').values({ user_id: userId, action, at: at.toISOString() }).execute();
        return undefined;
      });
    },

    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => database.close(),
  };
}
