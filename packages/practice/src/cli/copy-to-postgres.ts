#!/usr/bin/env node
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CopyCheckError, copySqliteToPostgres } from '../copy.js';
import { redactUrl } from '../db/open.js';

// `pnpm db:copy --from data/mianjing.db --to postgres://…`: copies a SQLite
// store into Postgres. Exit codes: 0 copied and checked; 1 the copy or its
// check failed (database unreachable, rows missing); 2 a bad argument.

const USAGE = `usage: pnpm db:copy --from data/mianjing.db --to postgres://user:password@host:5432/db

Copies users (tokens keep working), submissions with their results, review cards,
review logs and numeric answers from a SQLite database into Postgres, then checks
that every row arrived. Running it again copies nothing new. Stop the API first.

  --from PATH   the SQLite file (relative to where you ran the command)
  --to URL      the Postgres database (default: $DATABASE_URL); migrated first
  --help        this text`;

const PostgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });

const OPTIONS = { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** A bad argument: one line on stderr, exit 2. */
class UsageError extends Error {}

function readArguments(argv: string[], environment: NodeJS.ProcessEnv): { from: string; to: string } | 'help' {
  let values: { from?: string; to?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }, argv));
  }
  if (values.help) return 'help';

  if (values.from === undefined || values.from === '')
    throw new UsageError('--from: missing: pass the SQLite file to copy, e.g. --from data/mianjing.db');
  // pnpm runs root scripts from the repository root; INIT_CWD is where the command was typed.
  const from = resolve(environment.INIT_CWD ?? process.cwd(), values.from);
  if (!existsSync(from)) throw new UsageError(`--from: no such file: ${from}`);
  if (!statSync(from).isFile()) throw new UsageError(`--from: not a file: ${from}`);

  const [flag, to] = values.to !== undefined ? ['--to', values.to] : ['DATABASE_URL', environment.DATABASE_URL];
  if (to === undefined || to === '')
    throw new UsageError('--to: missing: pass --to postgres://user:password@host:5432/db or set DATABASE_URL');
  const url = PostgresUrl.safeParse(to);
  if (!url.success) throw new UsageError(`${flag}: ${url.error.issues[0]?.message ?? 'invalid'} (got ${describeBadUrl(to)})`);
  return { from, to };
}

/** What was passed where a Postgres URL belongs, without a password that may be in it. */
function describeBadUrl(value: string): string {
  const redacted = redactUrl(value);
  return redacted === '(not a URL)' ? 'something that is not a URL' : redacted;
}

function describeParseError(error: Error & { code?: string }, argv: string[]): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${option ?? 'an argument'}: unknown argument (expected --from PATH --to URL; --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${option ?? 'an option'}: missing its value (expected --from PATH --to URL)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${/'([^']*)'/.exec(error.message)?.[1] ?? argv.find((a) => !a.startsWith('-')) ?? 'an argument'}: unexpected argument (expected --from PATH --to URL)`;
    default:
      return error.message.split('\n')[0] ?? 'bad arguments';
  }
}

async function main(): Promise<number> {
  let args: ReturnType<typeof readArguments>;
  try {
    args = readArguments(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`db:copy: ${error.message}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    await copySqliteToPostgres(args.from, args.to, (line) => console.log(line));
    return 0;
  } catch (error) {
    const message = error instanceof CopyCheckError ? error.message : ((error as Error).message ?? String(error));
    // Every message names the database by its redacted URL; make sure no stray connection string slips through.
    console.error(`db:copy: ${message.replace(/postgres(ql)?:\/\/\S+/g, (url) => redactUrl(url))}`);
    return 1;
  }
}

process.exitCode = await main();
