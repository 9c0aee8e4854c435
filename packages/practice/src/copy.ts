import { existsSync } from 'node:fs';
import { type ExpressionBuilder, type Kysely, type RawBuilder, sql } from 'kysely';
import { type OpenDatabase, openDatabase, redactUrl } from './db/open.js';
import type { Database } from './db/schema.js';

// "Moving up": copies a SQLite store into Postgres, keeping every key the
// running system relies on — user ids and token hashes (tokens keep working),
// submission `seq` (newest-first order and cursors), review-log and answer ids —
// so running it twice copies nothing new.

/** Every table but `rate_events`, which only matters for the minute it covers. */
export type CopiedTable = Exclude<keyof Database, 'rate_events'>;

export interface TableCount {
  /** Rows in the SQLite database. */
  readonly source: number;
  /** Rows this run inserted into Postgres. */
  readonly copied: number;
  /** Source rows Postgres already had (same key), left as they were. */
  readonly alreadyThere: number;
}

export type CopyCounts = Record<CopiedTable, TableCount>;

/** After copying, some source rows are not in Postgres as they are in SQLite. */
export class CopyCheckError extends Error {
  readonly code = 'copy_check_failed';
  constructor(
    message: string,
    /** The tables whose check failed. */
    readonly tables: readonly CopiedTable[],
  ) {
    super(message);
  }
}

type Row = Record<string, string | number | null>;

interface TableSpec {
  readonly name: CopiedTable;
  readonly columns: readonly string[];
  /** The natural key: rows are read in its order, inserted once per key, and found again by it. */
  readonly key: readonly string[];
  /** Columns that never change once written: the check compares these (a user may rename, a card be reviewed again on Postgres). */
  readonly fixed: readonly string[];
  /** A `GENERATED ALWAYS AS IDENTITY` column on Postgres whose source values are kept. */
  readonly identity?: string;
  readonly batchSize: number;
}

const SUBMISSION_FINAL = ['status', 'verdict', 'result', 'finished_at'];

/** Parents before children, so Postgres's foreign keys hold at every insert. */
const TABLES: readonly TableSpec[] = [
  {
    name: 'users',
    columns: ['id', 'name', 'token_hash', 'created_at'],
    key: ['id'],
    fixed: ['id', 'token_hash', 'created_at'],
    batchSize: 1000,
  },
  {
    name: 'submissions',
    columns: [
      'seq',
      'id',
      'user_id',
      'problem_id',
      'language',
      'mode',
      'code',
      'custom_inputs',
      'status',
      'verdict',
      'result',
      'created_at',
      'finished_at',
      'attempts',
      'started_at',
    ],
    key: ['seq'],
    fixed: ['seq', 'id', 'user_id', 'problem_id', 'language', 'mode', 'code', 'custom_inputs', 'created_at'],
    identity: 'seq',
    // Results can be large (per-test inputs and outputs): keep a batch's parameters small.
    batchSize: 100,
  },
  {
    name: 'review_log',
    columns: ['id', 'user_id', 'question_id', 'rating', 'reviewed_at'],
    key: ['id'],
    fixed: ['id', 'user_id', 'question_id', 'rating', 'reviewed_at'],
    identity: 'id',
    batchSize: 1000,
  },
  {
    name: 'answers',
    columns: ['id', 'user_id', 'question_id', 'value', 'correct', 'answered_at'],
    key: ['id'],
    fixed: ['id', 'user_id', 'question_id', 'value', 'correct', 'answered_at'],
    identity: 'id',
    batchSize: 1000,
  },
  {
    name: 'writeups',
    columns: [
      'id',
      'owner_id',
      'visibility',
      'hidden',
      'title',
      'language',
      'round_count',
      'item_count',
      'document',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
    fixed: ['id', 'owner_id', 'created_at'],
    // Documents may be up to 200 KB each.
    batchSize: 20,
  },
  {
    name: 'writeup_companies',
    columns: ['writeup_id', 'company_key'],
    key: ['writeup_id', 'company_key'],
    fixed: ['writeup_id', 'company_key'],
    batchSize: 1000,
  },
  {
    name: 'writeup_practice',
    columns: ['user_id', 'writeup_id', 'item_key', 'practised_at'],
    key: ['user_id', 'writeup_id', 'item_key'],
    fixed: ['user_id', 'writeup_id', 'item_key'],
    batchSize: 1000,
  },
  // After write-ups: an own card (`writeup:…` key) names its write-up.
  {
    name: 'cards',
    columns: ['user_id', 'question_id', 'state', 'due', 'writeup_id'],
    key: ['user_id', 'question_id'],
    fixed: ['user_id', 'question_id', 'writeup_id'],
    batchSize: 1000,
  },
];

// The copy works on rows as plain records; the tables' columns are listed above rather than typed per table.
// biome-ignore lint/suspicious/noExplicitAny: one generic reader and writer for every table.
type AnyDb = Kysely<any>;

/** `key > last` (paging) or `key in (rows…)` (finding rows again), for a key of one to three columns. */
// biome-ignore lint/suspicious/noExplicitAny: the same comparison serves every table (see AnyDb).
function keyCompare(eb: ExpressionBuilder<any, any>, table: TableSpec, op: '>' | 'in', rows: Row[]) {
  const [first, second, third] = table.key as [string, string?, string?];
  if (second !== undefined && third !== undefined) {
    const ref = eb.refTuple(first, second, third);
    return op === 'in'
      ? eb(
          ref,
          'in',
          rows.map((r) => eb.tuple(r[first], r[second], r[third])),
        )
      : eb(ref, '>', eb.tuple(rows[0]?.[first], rows[0]?.[second], rows[0]?.[third]));
  }
  if (second === undefined) {
    return op === 'in'
      ? eb(
          first,
          'in',
          rows.map((r) => r[first]),
        )
      : eb(first, '>', rows[0]?.[first]);
  }
  const ref = eb.refTuple(first, second);
  return op === 'in'
    ? eb(
        ref,
        'in',
        rows.map((r) => eb.tuple(r[first], r[second])),
      )
    : eb(ref, '>', eb.tuple(rows[0]?.[first], rows[0]?.[second]));
}

/** The source rows of a table in key order, a batch at a time (keyset paging, so large tables stream). */
async function* sourceBatches(db: AnyDb, table: TableSpec): AsyncGenerator<Row[]> {
  let after: Row | undefined;
  for (;;) {
    let query = db.selectFrom(table.name).select([...table.columns]);
    const last = after;
    if (last) query = query.where((eb) => keyCompare(eb, table, '>', [last]));
    for (const k of table.key) query = query.orderBy(k);
    const rows = (await query.limit(table.batchSize).execute()) as Row[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < table.batchSize) return;
    after = rows.at(-1);
  }
}

/** INSERT … [OVERRIDING SYSTEM VALUE] … ON CONFLICT DO NOTHING; resolves with the rows actually inserted. */
async function insertMissing(trx: AnyDb, table: TableSpec, rows: Row[]): Promise<number> {
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  const values = sql.join(rows.map((row) => sql`(${sql.join(table.columns.map((c) => row[c] ?? null))})`));
  const overriding: RawBuilder<unknown> = table.identity ? sql`overriding system value` : sql``;
  // No conflict target: a row clashing on any unique key (id, seq, token hash) is left out, and the check then names it.
  const result = await sql`insert into ${sql.table(table.name)} (${columns}) ${overriding} values ${values} on conflict do nothing`.execute(
    trx,
  );
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Moves an identity column's sequence past the largest value in the table, so
 * rows created on Postgres after the copy get ids after the copied ones. Never
 * moves a sequence backwards.
 */
async function moveSequencePast(trx: AnyDb, table: string, column: string): Promise<void> {
  await sql`
    select setval(s.name::regclass, t.top)
    from (select pg_get_serial_sequence(${table}, ${column}) as name) s,
         (select max(${sql.ref(column)}) as top from ${sql.table(table)}) t
    where t.top is not null and t.top > coalesce(pg_sequence_last_value(s.name::regclass), 0)
  `.execute(trx);
}

const keyOf = (table: TableSpec, row: Row) => table.key.map((k) => String(row[k])).join('/');

/** Source rows that Postgres lacks or holds with different fixed columns. */
async function checkTable(source: AnyDb, target: AnyDb, table: TableSpec): Promise<{ missing: string[]; different: string[] }> {
  const missing: string[] = [];
  const different: string[] = [];
  for await (const rows of sourceBatches(source, table)) {
    const found = (await target
      .selectFrom(table.name)
      .select([...table.columns])
      .where((eb) => keyCompare(eb, table, 'in', rows))
      .execute()) as Row[];
    const byKey = new Map(found.map((row) => [keyOf(table, row), row]));
    for (const row of rows) {
      const there = byKey.get(keyOf(table, row));
      if (!there) {
        missing.push(keyOf(table, row));
        continue;
      }
      // A finished submission never changes again, so its outcome must have come across too.
      const compared = table.name === 'submissions' && row.status === 'done' ? [...table.fixed, ...SUBMISSION_FINAL] : table.fixed;
      if (compared.some((c) => !sameValue(row[c], there[c]))) different.push(keyOf(table, row));
    }
  }
  return { missing, different };
}

const sameValue = (a: Row[string] | undefined, b: Row[string] | undefined) =>
  typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : (a ?? null) === (b ?? null);

const describeKeys = (keys: string[]) => `${keys.slice(0, 3).join(', ')}${keys.length > 3 ? `, … ${keys.length - 3} more` : ''}`;

/**
 * Copies every user, submission, review card, review-log entry and numeric
 * answer of a SQLite store into a Postgres store (both opened, so migrated,
 * through `openDatabase`), in one transaction, then checks that every source
 * row is in Postgres. Rows already there (same key) are left alone, so a
 * second run copies nothing. Stop the API before copying: rows written to the
 * SQLite file meanwhile are picked up only by another run.
 *
 * Throws `CopyCheckError` (naming the tables) when source rows are missing
 * or differ in Postgres — for instance when the Postgres database already
 * held other data under the same ids.
 *
 * @example
 * const counts = await copySqliteToPostgres('data/mianjing.db', process.env.DATABASE_URL, console.log);
 * counts.submissions; // { source: 12, copied: 12, alreadyThere: 0 }
 */
export async function copySqliteToPostgres(
  sqlitePath: string,
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
): Promise<CopyCounts> {
  if (!existsSync(sqlitePath)) throw new Error(`no SQLite database at ${sqlitePath}`);
  // Postgres first: an unreachable server is reported before the SQLite file is touched (opening migrates it).
  const target = await openDatabase({ databaseUrl }, { poolSize: 2 });
  let source: OpenDatabase | undefined;
  try {
    source = await openDatabase({ sqlitePath });
    const from = source.db as AnyDb;
    const to = target.db as AnyDb;
    log(`copying ${sqlitePath} → ${redactUrl(databaseUrl)}`);

    const counts = {} as Record<CopiedTable, TableCount>;
    await to.transaction().execute(async (trx) => {
      for (const table of TABLES) {
        let sourceRows = 0;
        let copied = 0;
        for await (const rows of sourceBatches(from, table)) {
          sourceRows += rows.length;
          copied += await insertMissing(trx, table, rows);
        }
        if (table.identity) await moveSequencePast(trx, table.name, table.identity);
        counts[table.name] = { source: sourceRows, copied, alreadyThere: sourceRows - copied };
      }
    });
    const width = Math.max(...TABLES.map((t) => t.name.length));
    for (const table of TABLES) {
      const { copied, alreadyThere } = counts[table.name];
      log(`${table.name.padEnd(width)}  ${String(copied).padStart(6)} copied  ${String(alreadyThere).padStart(6)} already there`);
    }

    const failures: string[] = [];
    const failedTables: CopiedTable[] = [];
    for (const table of TABLES) {
      const { missing, different } = await checkTable(from, to, table);
      if (missing.length === 0 && different.length === 0) continue;
      failedTables.push(table.name);
      const parts = [
        missing.length > 0 ? `${missing.length} missing (${table.key.join('/')} ${describeKeys(missing)})` : '',
        different.length > 0 ? `${different.length} different (${table.key.join('/')} ${describeKeys(different)})` : '',
      ].filter(Boolean);
      failures.push(`${table.name}: ${parts.join(', ')} of ${counts[table.name].source} source rows`);
    }
    if (failures.length > 0) {
      throw new CopyCheckError(
        `the copy check failed — ${failures.join('; ')}; Postgres already held other rows under these keys (was it used before the copy?)`,
        failedTables,
      );
    }
    const total = TABLES.reduce((sum, t) => sum + counts[t.name].source, 0);
    log(`checked: all ${total} source rows are in Postgres`);
    return counts;
  } finally {
    await source?.close();
    await target.close();
  }
}
