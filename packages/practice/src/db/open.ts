import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations.js';
import type { Database as Tables } from './schema.js';

export type StoreKind = 'sqlite' | 'postgres';

/** Where the store lives: a SQLite file (`:memory:` for tests) or a Postgres URL. */
export type StoreLocation = { readonly sqlitePath: string } | { readonly databaseUrl: string };

export interface OpenDatabase {
  readonly db: Kysely<Tables>;
  readonly kind: StoreKind;
  close(): Promise<void>;
}

/** A Postgres URL with its password replaced by `***`, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/** The store could not be opened: the database is unreachable, refused us, or is newer than this code. */
export class StoreOpenError extends Error {
  readonly code = 'store_unavailable';
}

// COUNT(*) and bigint identity columns arrive as strings from pg: every number we store fits a double.
const INT8 = 20;
const pgTypes = {
  getTypeParser: (oid: number, format?: unknown) =>
    oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

/**
 * Opens the database, checks that it answers, and migrates it. Throws a
 * `StoreOpenError` whose message names the database (password hidden).
 */
export async function openDatabase(location: StoreLocation, options: { poolSize?: number } = {}): Promise<OpenDatabase> {
  if ('sqlitePath' in location) {
    const path = location.sqlitePath;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrateOrClose(db, 'sqlite', path);
    return { db, kind: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: location.databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    types: pgTypes,
  });
  // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  await migrateOrClose(db, 'postgres', redactUrl(location.databaseUrl));
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function migrateOrClose(db: Kysely<Tables>, kind: StoreKind, where: string): Promise<void> {
  try {
    await migrate(db as Kysely<unknown>, kind);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const reason = (error as { code?: string }).code === 'database_too_new' ? (error as Error).message : describeDbError(error);
    throw new StoreOpenError(`cannot open the database ${where}: ${reason}`);
  }
}

/** A short reason for a database failure, never with the connection string. */
export function describeDbError(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: { message?: string }[] };
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ENOTFOUND') return 'host not found';
  if (e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) return 'timed out';
  if (e.code === '28P01' || e.code === '28000') return 'authentication failed';
  if (e.code === '3D000') return 'the database does not exist';
  const message = e.message || e.errors?.[0]?.message || String(error);
  return message.replace(/postgres(ql)?:\/\/\S+/g, (url) => redactUrl(url));
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/**
 * Whether an error means the database or Redis cannot be reached right now
 * (refused, reset, timed out, shutting down), as opposed to a bug: the API
 * answers these with 503 and Retry-After, and recovers when they are back.
 */
export function isUnavailableError(error: unknown): boolean {
  const e = error as { code?: string; message?: string; name?: string } | undefined;
  if (!e) return false;
  if (e.code && CONNECTION_CODES.has(e.code)) return true;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  return /Connection terminated|connection timeout|Connection is closed|enableOfflineQueue|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
    e.message ?? '',
  );
}
