import { Redis, type RedisOptions } from 'ioredis';
import { redactUrl } from './db/open.js';

/** The BullMQ queue that carries submission ids to judge workers. */
export const JUDGE_QUEUE = 'mianjing-judge';
/** Pub/sub channel on which a worker announces a recorded result (the id): a wake-up, the database holds the result. */
export const DONE_CHANNEL = 'mianjing:judged';

/**
 * Connects to Redis and waits until it answers, or throws one line that
 * names the URL (password hidden). Afterwards the client reconnects by
 * itself when Redis goes away and comes back.
 *
 * - `producer`: commands fail at once while Redis is down (the API answers 503 or leaves work to the sweep);
 * - `worker`: what BullMQ asks of a worker's connection (`maxRetriesPerRequest: null`);
 * - `subscriber`: a connection for pub/sub only.
 */
export async function connectRedis(url: string, role: 'producer' | 'worker' | 'subscriber', name: string): Promise<Redis> {
  const options: RedisOptions = {
    lazyConnect: true,
    connectionName: name,
    connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    ...(role === 'producer' ? { enableOfflineQueue: false, maxRetriesPerRequest: 1 } : { maxRetriesPerRequest: null }),
  };
  const redis = new Redis(url, options);
  // Errors while disconnected are expected (it retries); they reach callers through failed commands.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    const e = error as { code?: string; message?: string };
    const reason =
      e.code === 'ECONNREFUSED' ? 'connection refused' : e.code === 'ENOTFOUND' ? 'host not found' : (e.message ?? String(error));
    throw new Error(`cannot reach Redis at ${redactUrl(url)}: ${reason}`);
  }
  return redis;
}
