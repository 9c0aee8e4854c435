import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the SQLite database lives; relative to where `pnpm start` was run. */
  DATA_DIR: z.string().min(1).default('data'),
  /** Submissions judged at once. */
  JUDGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  /** Submissions that may wait for the judge before new ones get 503. */
  MAX_QUEUE: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Submissions one user may have waiting or running before new ones get 429. */
  MAX_IN_FLIGHT_PER_USER: z.coerce.number().int().min(1).max(1_000).default(4),
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
  const base = source.INIT_CWD ?? process.cwd();
  return { ...parsed.data, databasePath: resolve(base, parsed.data.DATA_DIR, 'mianjing.db') };
}
