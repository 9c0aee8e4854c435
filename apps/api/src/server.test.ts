import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createMianjingClient } from './client/index.js';

const serverScript = fileURLToPath(new URL('../dist/server.js', import.meta.url));
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** Starts the built server on a free port and resolves with its origin. */
function startServer(dataDir: string): Promise<{ origin: string; child: ChildProcess; logs: string[] }> {
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, INIT_CWD: dataDir, JUDGE_CONCURRENCY: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${logs.join('')}`)));
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /"api":"(http:\/\/127\.0\.0\.1:\d+)\/api\/v1"/.exec(chunk.toString());
      if (match?.[1]) resolve({ origin: match[1], child, logs });
    });
  });
}

const SQRT = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';
const LOOP = 'var mySqrt = function (x) { for (;;) {} };';

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the real server', () => {
  it('serves the typed client end to end and judges what was queued before a crash after it restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mianjing-server-'));
    const first = await startServer(dataDir);
    const anonymous = createMianjingClient(first.origin);

    const health = await anonymous.GET('/health');
    expect(health.data?.status).toBe('ok');
    const problem = await anonymous.GET('/problems/{id}', { params: { path: { id: 'sqrt-x' } } });
    expect(problem.data?.judge.kind).toBe('function');
    const missing = await anonymous.GET('/problems/{id}', { params: { path: { id: 'nope' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe('problem_not_found');

    const account = await anonymous.POST('/users', { body: { name: 'restart' } });
    const token = account.data?.token ?? '';
    const api = createMianjingClient(first.origin, token);
    const judged = await api.POST('/submissions', {
      params: { query: { wait: 'true' } },
      body: { problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: SQRT },
    });
    expect(judged.response.status).toBe(200);

    // One judge slot: the loop runs, the good submission waits in the queue.
    const busy = await api.POST('/submissions', { body: { problemId: 'sqrt-x', language: 'javascript', mode: 'submit', code: LOOP } });
    const waiting = await api.POST('/submissions', { body: { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT } });
    expect(busy.response.status).toBe(202);
    expect(waiting.response.status).toBe(202);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('close', resolve));

    const second = await startServer(dataDir);
    expect(second.logs.join('')).toMatch(/"recoveredSubmissions":2/);
    const after = createMianjingClient(second.origin, token);
    const read = (id: string) => after.GET('/submissions/{id}', { params: { path: { id } } });
    const good = await poll(
      () => read(waiting.data?.id ?? ''),
      (r) => r.data?.status === 'done',
    );
    expect(good.data?.result?.verdict).toBe('Accepted');
    const loop = await poll(
      () => read(busy.data?.id ?? ''),
      (r) => r.data?.status === 'done',
    );
    expect(loop.data?.result?.verdict).toBe('TimeLimitExceeded');

    const history = await after.GET('/submissions', { params: { query: { limit: 10 } } });
    expect(history.data?.items).toHaveLength(3);
  });

  it('stops on SIGTERM after finishing running work', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mianjing-server-'));
    const server = await startServer(dataDir);
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses to start with a bad setting, naming it', async () => {
    const child = spawn(process.execPath, [serverScript], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT/);
  });
});
