import { type ColumnDefinitionBuilder, type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { StoreKind } from './open.js';

/**
 * The one list of migrations both dialects run, oldest first. A migration
 * branches on the dialect only where the two differ (an auto-increment key).
 * `001` creates what the first, pre-Kysely SQLite schema already had, so an
 * existing `data/mianjing.db` simply gains the migration table.
 */
const migrations = (kind: StoreKind): Record<string, Migration> => {
  // biome-ignore lint/suspicious/noExplicitAny: migrations see the database as it was then, not today's typed schema.
  type Db = Kysely<any>;
  const serial = (builder: ColumnDefinitionBuilder) =>
    kind === 'postgres' ? builder.primaryKey().generatedAlwaysAsIdentity() : builder.primaryKey().autoIncrement();
  const serialType = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    '001_initial': {
      async up(db: Db) {
        await db.schema
          .createTable('users')
          .ifNotExists()
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('submissions')
          .ifNotExists()
          .addColumn('seq', serialType, serial)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('problem_id', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('mode', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('custom_inputs', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('verdict', 'text')
          .addColumn('result', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('finished_at', 'text')
          .execute();
        await db.schema.createIndex('submissions_by_user').ifNotExists().on('submissions').columns(['user_id', 'seq']).execute();
        await db.schema
          .createIndex('submissions_unfinished')
          .ifNotExists()
          .on('submissions')
          .column('status')
          .where(sql.ref('status'), '!=', 'done')
          .execute();
        await db.schema
          .createTable('cards')
          .ifNotExists()
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('question_id', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('due', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('cards_pkey', ['user_id', 'question_id'])
          .execute();
        await db.schema
          .createTable('review_log')
          .ifNotExists()
          .addColumn('id', serialType, serial)
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('question_id', 'text', (c) => c.notNull())
          .addColumn('rating', 'text', (c) => c.notNull())
          .addColumn('reviewed_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('review_log_by_user').ifNotExists().on('review_log').column('user_id').execute();
        await db.schema
          .createTable('answers')
          .ifNotExists()
          .addColumn('id', serialType, serial)
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('question_id', 'text', (c) => c.notNull())
          .addColumn('value', kind === 'postgres' ? 'double precision' : 'real', (c) => c.notNull())
          .addColumn('correct', 'integer', (c) => c.notNull())
          .addColumn('answered_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('answers_by_user').ifNotExists().on('answers').column('user_id').execute();
      },
    },
    '002_judge_attempts': {
      async up(db: Db) {
        await db.schema
          .alterTable('submissions')
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema.alterTable('submissions').addColumn('started_at', 'text').execute();
      },
    },
    '003_writeups': {
      async up(db: Db) {
        // The document is JSON text validated on read; the columns beside it are what lists filter and show.
        await db.schema
          .createTable('writeups')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('visibility', 'text', (c) => c.notNull())
          .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('round_count', 'integer', (c) => c.notNull())
          .addColumn('item_count', 'integer', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('writeups_by_owner').on('writeups').columns(['owner_id', 'updated_at']).execute();
        await db.schema.createIndex('writeups_listed').on('writeups').columns(['visibility', 'hidden', 'updated_at']).execute();
        // A side table, not a text column: a company filter is an indexed equality, names need no escaping.
        await db.schema
          .createTable('writeup_companies')
          .addColumn('writeup_id', 'text', (c) => c.notNull().references('writeups.id').onDelete('cascade'))
          .addColumn('company_key', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('writeup_companies_pkey', ['writeup_id', 'company_key'])
          .execute();
        await db.schema.createIndex('writeup_companies_by_key').on('writeup_companies').columns(['company_key', 'writeup_id']).execute();
        await db.schema
          .createTable('writeup_practice')
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('writeup_id', 'text', (c) => c.notNull().references('writeups.id').onDelete('cascade'))
          .addColumn('item_key', 'text', (c) => c.notNull())
          .addColumn('practised_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('writeup_practice_pkey', ['user_id', 'writeup_id', 'item_key'])
          .execute();
        await db.schema.createIndex('writeup_practice_by_writeup').on('writeup_practice').column('writeup_id').execute();
        // Rate-limited actions (creating write-ups, parsing drafts), counted in a sliding window over every replica.
        await db.schema
          .createTable('rate_events')
          .addColumn('id', serialType, serial)
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('rate_events_by_user').on('rate_events').columns(['user_id', 'action', 'at']).execute();
      },
    },
    '004_writeup_cards': {
      async up(db: Db) {
        // A card made from a write-up's own concept item is keyed `writeup:<id>:<item>` in question_id and names its
        // write-up here, so deleting the write-up takes everyone's cards of it along (review_log keeps the history).
        await db.schema
          .alterTable('cards')
          .addColumn('writeup_id', 'text', (c) => c.references('writeups.id').onDelete('cascade'))
          .execute();
        await db.schema.createIndex('cards_by_writeup').on('cards').columns(['writeup_id', 'user_id']).execute();
      },
    },
  };
};

/** Names of the migrations this version knows, in order. */
export const migrationNames = Object.keys(migrations('sqlite'));

/** The database was migrated by a newer Mianjing than this one. */
export class DatabaseTooNewError extends Error {
  readonly code = 'database_too_new';
}

/**
 * Brings the database up to date. On Postgres, Kysely holds an advisory
 * lock while it migrates, so replicas starting together take turns; a
 * database with migrations this code does not know is refused.
 */
export async function migrate(db: Kysely<unknown>, kind: StoreKind): Promise<void> {
  const known = new Set(migrationNames);
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (tables.some((t) => t.name === 'kysely_migration')) {
    const executed = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const unknown = executed.rows.map((r) => r.name).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new DatabaseTooNewError(
        `the database has migrations this version of Mianjing does not know (${unknown.join(', ')}): it was written by a newer version; run that version or newer`,
      );
    }
  }
  const list = migrations(kind);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => list } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migrating the database failed${failed ? ` at ${failed}` : ''}: ${(error as Error).message ?? String(error)}`);
  }
}
