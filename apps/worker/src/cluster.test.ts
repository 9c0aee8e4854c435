import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, missingService, type RunningService, startPostgres, startRedis } from '@mianjing/practice/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The scale-out promise with real processes: Postgres + Redis + 2 API
// replicas (judging nothing) + 2 judge workers. Several users send 200
// submissions over both replicas; a worker is killed with SIGKILL while it
// judges a long submission, and Redis is restarted empty mid-run. Every
// submission must end done once with its verdict, and the API may answer
// 5xx only with the documented 503.
const missing = missingService('postgres') ?? missingService('redis');
if (missing && process.env.CI) throw new Error(`${missing}: CI must run the cluster test`);
if (missing) console.warn(`\n⚠ Skipping the cluster test: ${missing}.\n`);

const root = fileURLToPath(new URL('../../../', import.meta.url));
const apiMain = `${root}apps/api/dist/server.js`;
const workerMain = `${root}apps/worker/dist/main.js`;

interface Proc {
  readonly name: string;
  readonly child: ChildProcess;
  readonly lines: string[];
}
const procs: Proc[] = [];
let postgres: RunningService;
let redis: Awaited<ReturnType<typeof startRedis>>;

function start(name: string, main: string, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [main], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = { name, child, lines: [] as string[] };
  const collect = (chunk: Buffer) => proc.lines.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  procs.push(proc);
  return proc;
}

async function until<T>(what: string, read: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const statuses: number[] = [];
async function call(origin: string, method: string, path: string, init: { body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(`${origin}/api/v1${path}`, {
        method,
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    statuses.push(response.status);
    // biome-ignore lint/suspicious/noExplicitAny: the test reads whatever JSON the route answers
    const body = (await response.json()) as any;
    // 503 (Redis or Postgres away) and 429 (the user's limit) say when to come back: do so.
    if (response.status === 503 || response.status === 429) {
      expect(response.headers.get('retry-after'), `${method} ${path} ${response.status}`).toMatch(/^\d+$/);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    return { status: response.status, body };
  }
}

const CODE = {
  accepted: {
    language: 'typescript',
    code: 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }',
    verdict: 'Accepted',
  },
  wrong: { language: 'javascript', code: 'var mySqrt = (x) => Math.round(Math.sqrt(x));', verdict: 'WrongAnswer' },
  runtime: { language: 'javascript', code: 'var mySqrt = (x) => { throw new Error("boom"); };', verdict: 'RuntimeError' },
  slow: { language: 'javascript', code: 'var mySqrt = function (x) { for (;;) {} };', verdict: 'TimeLimitExceeded' },
  python: {
    language: 'python',
    code: 'import math\nclass Solution:\n    def mySqrt(self, x: int) -> int:\n        return math.isqrt(x)\n',
    verdict: 'Accepted',
  },
} as const;
type Kind = keyof typeof CODE;

describe.skipIf(missing)('a cluster of 2 API replicas and 2 judge workers on Postgres and Redis', () => {
  const origins: string[] = [];
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    const shared = { DATABASE_URL: postgres.url, REDIS_URL: redis.url };
    for (const i of [1, 2]) {
      const port = await freePort();
      start(`api-${i}`, apiMain, {
        ...shared,
        PORT: String(port),
        HOST: '127.0.0.1',
        JUDGE_CONCURRENCY: '0',
        MAX_IN_FLIGHT_PER_USER: '4',
        MAX_QUEUE: '1000',
        ACCESS_LOG: 'off',
      });
      origins.push(`http://127.0.0.1:${port}`);
    }
    workerEnv = { ...shared, WORKER_CONCURRENCY: '1', JOB_LOCK_MS: '3000', SHUTDOWN_GRACE_MS: '5000' };
    start('worker-1', workerMain, workerEnv);
    start('worker-2', workerMain, workerEnv);
    for (const origin of origins)
      await until(`${origin} to answer`, async () => (await fetch(`${origin}/api/v1/health`).catch(() => undefined))?.ok);
    await until(
      'both workers',
      async () => ((await (await fetch(`${origins[0]}/api/v1/health`)).json()) as { queue: { workers: number } }).queue.workers >= 2,
    );
  }, 120_000);

  afterAll(async () => {
    for (const proc of procs) proc.child.kill('SIGKILL');
    await redis?.stop();
    await postgres?.stop();
  });

  it('judges 200 submissions once each, through a killed worker and a Redis restart', async () => {
    const [a = '', b = ''] = origins;
    const health = (await call(a, 'GET', '/health')).body;
    expect(health).toMatchObject({ store: 'postgres', queue: { kind: 'redis' } });
    const python = (await call(a, 'GET', '/languages')).body.items.find((l: { id: string }) => l.id === 'python')?.available === true;
    if (!python) console.warn('⚠ Python is not available here: the cluster test sends no Python submissions');

    // Accounts made on one replica work on the other.
    const users: { token: string }[] = [];
    for (let i = 0; i < 5; i++) users.push((await call(i % 2 ? b : a, 'POST', '/users', { body: { name: `user-${i}` } })).body);
    expect((await call(b, 'GET', '/me', { token: users[0]?.token })).status).toBe(200);

    // The per-user limit holds across replicas: 6 slow submissions at once, 4 taken.
    const burst = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        fetch(`${i % 2 ? b : a}/api/v1/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${users[4]?.token}` },
          body: JSON.stringify({ problemId: 'sqrt-x', mode: 'submit', ...CODE.slow, verdict: undefined }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id?: string } })),
      ),
    );
    expect(burst.map((r) => r.status).sort()).toEqual([202, 202, 202, 202, 429, 429]);
    const expected = new Map<string, Kind>(burst.filter((r) => r.status === 202).map((r) => [r.body.id ?? '', 'slow']));

    // A long submission: once a worker starts judging it, that worker is killed.
    const long = await call(a, 'POST', '/submissions', {
      token: users[3]?.token,
      body: { problemId: 'sqrt-x', mode: 'submit', ...CODE.slow, verdict: undefined },
    });
    expected.set(long.body.id, 'slow');
    const victim = await until('a worker to start the long submission', () =>
      procs.find((p) => p.name.startsWith('worker') && p.lines.some((l) => l.includes('"judging"') && l.includes(long.body.id))),
    );

    const kinds: Kind[] = ['accepted', 'wrong', 'runtime', 'accepted', python ? 'python' : 'accepted', 'wrong', 'accepted'];
    const plan = Array.from({ length: 200 - expected.size }, (_, i) => (i % 50 === 49 ? 'slow' : kinds[i % kinds.length]) as Kind);
    let sent = 0;
    const sendAll = async (userIndex: number) => {
      const token = users[userIndex]?.token;
      const mine = plan.filter((_, i) => i % 4 === userIndex);
      for (const [i, kind] of mine.entries()) {
        const origin = i % 2 ? b : a;
        const wait = i % 3 === 0;
        const response = await call(origin, 'POST', `/submissions${wait ? '?wait=true' : ''}`, {
          token,
          body: { problemId: 'sqrt-x', mode: 'submit', language: CODE[kind].language, code: CODE[kind].code },
        });
        expect([200, 202]).toContain(response.status);
        if (response.status === 200) expect(response.body.result.verdict).toBe(CODE[kind].verdict);
        expected.set(response.body.id, kind);
        sent++;
        // Keep within the per-user limit by waiting on some submissions (on the other replica).
        if (!wait)
          await call(origin === a ? b : a, 'POST', '/submissions?wait=true', {
            token,
            body: { problemId: 'sqrt-x', mode: 'run', ...CODE.accepted, verdict: undefined },
          }).then((r) => expect([200, 202]).toContain(r.status));
      }
    };
    const senders = [0, 1, 2, 3].map(sendAll);

    victim.child.kill('SIGKILL');
    await until('a quarter of the submissions', () => sent >= 50 || undefined, 120_000);
    await redis.restart();
    start('worker-3', workerMain, workerEnv); // the killed worker's replacement
    await Promise.all(senders);

    // Every submission ends done, once, with its verdict.
    const owner = new Map<string, string>();
    for (const [i, user] of users.entries()) {
      let cursor: string | undefined;
      do {
        const page = (await call(i % 2 ? a : b, 'GET', `/submissions?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: user.token }))
          .body;
        for (const item of page.items) owner.set(item.id, user.token);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    for (const [id, kind] of expected) {
      const token = owner.get(id);
      expect(token, `submission ${id} is listed`).toBeDefined();
      const done = await until(
        `submission ${id} to be judged`,
        async () => {
          const current = (await call(a, 'GET', `/submissions/${id}`, { token })).body;
          return current.status === 'done' ? current : undefined;
        },
        120_000,
      );
      expect(done.result.verdict, `${kind} submission ${id}`).toBe(CODE[kind].verdict);
    }
    expect(expected.size).toBe(200);
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    // The killed worker's submission was judged by another one.
    expect(procs.filter((p) => p !== victim).some((p) => p.lines.some((l) => l.includes('"judged"') && l.includes(long.body.id)))).toBe(
      true,
    );
  }, 600_000);
});
