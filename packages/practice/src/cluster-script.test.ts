import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { missingService } from './services/services.js';

// `pnpm cluster` (scripts/cluster.mjs) run as a person runs it: it starts
// Postgres, Redis and an API replica from the built dists, prints where they
// are, and on Ctrl-C leaves nothing behind — no open port, no folder.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = `${root}scripts/cluster.mjs`;
const apiMain = `${root}apps/api/dist/server.js`;

const missing =
  missingService('postgres') ??
  missingService('redis') ??
  (existsSync(apiMain) ? undefined : `${apiMain} is not built (pnpm turbo run build --filter=@mianjing/api...)`);
if (missing && process.env.CI) throw new Error(`${missing}: CI must run the pnpm cluster test`);
if (missing) console.warn(`\n⚠ Skipping the pnpm cluster test: ${missing}.\n`);

let cluster: ChildProcess | undefined;
afterAll(async () => {
  // A failed test must not leave a cluster running: SIGTERM stops it as Ctrl-C does.
  if (cluster && cluster.exitCode === null && cluster.signalCode === null) {
    const exited = new Promise((resolve) => cluster?.once('exit', resolve));
    cluster.kill('SIGTERM');
    await exited;
  }
});

/** Whether something accepts connections on 127.0.0.1:port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('pnpm cluster', () => {
  it('refuses a bad option with exit 2 and one line naming it', () => {
    const run = spawnSync(process.execPath, [script, '--apis', '0'], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['cluster: --apis: must be a whole number from 1 to 16 (got 0)']);
    const unknown = spawnSync(process.execPath, [script, '--replicas', '2'], { encoding: 'utf8', timeout: 30_000 });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe('cluster: --replicas: unknown argument (see --help)');
  });

  it.skipIf(missing)(
    'starts Postgres, Redis and an API on Postgres, prints where, and leaves nothing behind on Ctrl-C',
    async () => {
      const child = spawn(process.execPath, [script, '--workers', '0', '--apis', '1'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      cluster = child;
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

      // The summary is printed in one piece once the API answers /health.
      const deadline = Date.now() + 150_000;
      while (!/^ {2}api-1 +\d+ /m.test(output)) {
        if (child.exitCode !== null) throw new Error(`pnpm cluster exited with ${child.exitCode}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`pnpm cluster printed no URLs:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const find = (pattern: RegExp) => {
        const found = pattern.exec(output)?.[1];
        if (!found) throw new Error(`${pattern} is not in the output:\n${output}`);
        return found;
      };
      const api = find(/^ {2}api-1 +(http:\/\/127\.0\.0\.1:\d+)/m);
      const postgresUrl = new URL(find(/^ {2}postgres +(postgres:\/\/\S+)/m));
      const redisUrl = new URL(find(/^ {2}redis +(redis:\/\/\S+)/m));
      const folders = [find(/ (\/\S*mianjing-pg-\S+)$/m), find(/ (\/\S*mianjing-redis-\S+)$/m)];
      expect(postgresUrl.password).toBe('');
      expect(redisUrl.password).toBe('');
      for (const folder of folders) expect(existsSync(folder)).toBe(true);
      const ports = [Number(new URL(api).port), Number(postgresUrl.port), Number(redisUrl.port)];

      const health = await (await fetch(`${api}/api/v1/health`)).json();
      expect(health).toMatchObject({ status: 'ok', store: 'postgres', queue: { kind: 'redis' } });
      // With no workers the replica judges (through Redis) itself.
      const { token } = (await (
        await fetch(`${api}/api/v1/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Lin"}' })
      ).json()) as { token: string };
      const judged = await fetch(`${api}/api/v1/submissions?wait=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          problemId: 'sqrt-x',
          language: 'typescript',
          mode: 'submit',
          code: 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }',
        }),
      });
      expect(((await judged.json()) as { result?: { verdict: string } }).result?.verdict).toBe('Accepted');
      expect(output).toMatch(/^api-1 +\| \{.*"status":200/m);

      child.kill('SIGINT');
      expect(await exited, output).toBe(0);
      expect(output).toMatch(/everything stopped\n$/);
      for (const port of ports) expect(await listening(port), `port ${port} is still open:\n${output}`).toBe(false);
      for (const folder of folders) expect(existsSync(folder), `${folder} is still there`).toBe(false);
    },
    240_000,
  );
});
