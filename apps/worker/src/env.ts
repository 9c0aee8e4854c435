import { availableParallelism } from 'node:os';
import { z } from 'zod';

const Env = z.object({
  /** The Postgres the API replicas use. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  /** The Redis the API replicas dispatch through. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }),
  /** Submissions this worker judges at once. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  /** How long SIGTERM waits for running submissions before handing them back. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** How long a job's lock lasts without renewal (a killed worker's job is taken back after about this long). */
  JOB_LOCK_MS: z.coerce.number().int().min(2_000).max(600_000).default(30_000),
});
export type Env = z.infer<typeof Env>;

/** Reads and checks the worker's configuration; a bad value throws a message naming the variable (never its value). */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.')}: ${i.code === 'invalid_type' ? 'is required' : i.message}`)
      .join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
