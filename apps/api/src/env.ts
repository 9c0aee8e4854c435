import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the SQLite database lives; relative to where `pnpm start` was run. */
  DATA_DIR: z.string().min(1).default('data'),
  /** Postgres instead of the SQLite file: `postgres://user:password@host:5432/db`. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  /** Redis (BullMQ) dispatches submissions to judge workers instead of this process: `redis://host:6379`. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  /** Submissions this process judges at once; 0 judges nothing (only with REDIS_URL: workers judge). */
  JUDGE_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(availableParallelism()),
  /** Submissions that may wait for the judge before new ones get 503. */
  MAX_QUEUE: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Submissions one user may have waiting or running before new ones get 429. */
  MAX_IN_FLIGHT_PER_USER: z.coerce.number().int().min(1).max(1_000).default(4),
  /** The operator's token for hiding users' write-ups (POST /writeups/{id}/hide); unset turns those endpoints off. */
  ADMIN_TOKEN: z.string().trim().min(24, 'must be at least 24 characters (e.g. openssl rand -hex 24)').optional(),
  /** Log one JSON line per request. */
  ACCESS_LOG: z.enum(['on', 'off']).default('on'),
});
export type Env = z.infer<typeof Env> & { readonly databasePath: string };

/**
 * Reads and checks the server's configuration in one place; a bad value
 * stops start-up with a message naming the variable.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  if (env.REDIS_URL && !env.DATABASE_URL) {
    throw new Error(
      'invalid configuration: REDIS_URL needs DATABASE_URL: judge workers on other machines cannot share a SQLite file (set both, or neither)',
    );
  }
  if (env.JUDGE_CONCURRENCY === 0 && !env.REDIS_URL) {
    throw new Error('invalid configuration: JUDGE_CONCURRENCY=0 judges nothing here, which works only with REDIS_URL and judge workers');
  }
  const base = source.INIT_CWD ?? process.cwd();
  return { ...env, databasePath: resolve(base, env.DATA_DIR, 'mianjing.db') };
}
