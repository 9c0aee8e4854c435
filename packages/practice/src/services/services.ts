import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Throwaway Postgres and Redis servers for tests, benchmarks and `pnpm cluster`,
// from Debian's `postgresql` and `redis-server` packages (no Docker). Each runs on
// a free port in a temporary folder and is removed when stopped.

export interface RunningService {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (neither server takes port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The newest installed Postgres's bin folder, or undefined. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

const redisBin = () => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));

/** Why a service cannot be started here, or undefined when it can. */
export function missingService(name: 'postgres' | 'redis'): string | undefined {
  if (name === 'postgres')
    return postgresBin() ? undefined : 'Postgres is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install postgresql)';
  return redisBin() ? undefined : 'Redis is not installed (no redis-server; apt-get install redis-server)';
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a Postgres binary as the `postgres` user when we are root (Postgres refuses to run as root). */
function asPostgres(bin: string, args: string[]) {
  const [command, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(command as string, argv as string[], { stdio: 'pipe' });
}

/**
 * Starts a throwaway Postgres cluster (trust authentication on 127.0.0.1, no
 * fsync) and resolves with its URL.
 */
export async function startPostgres(): Promise<RunningService> {
  const bin = postgresBin();
  if (!bin) throw new Error(missingService('postgres'));
  const dir = mkdtempSync(join(tmpdir(), 'mianjing-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'postgres.log'), '-w', '-o', options, 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a fresh database on a running Postgres and returns its URL (one per test suite). */
export function createDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  const bin = postgresBin() ?? '';
  execFileSync(join(bin, 'createdb'), ['-h', url.hostname, '-p', url.port, '-U', url.username || 'postgres', name], { stdio: 'pipe' });
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts a throwaway Redis without persistence and resolves once it answers. */
export async function startRedis(): Promise<RunningService & { restart(): Promise<void> }> {
  const bin = redisBin();
  if (!bin) throw new Error(missingService('redis'));
  const dir = mkdtempSync(join(tmpdir(), 'mianjing-redis-'));
  const port = await freePort();
  const launch = async () => {
    const child = spawn(
      bin,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'],
      {
        stdio: 'ignore',
        // Its own process group: a terminal's Ctrl-C reaches the caller, which stops Redis in its turn.
        detached: true,
      },
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' });
        return child;
      } catch {
        if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  let child = await launch();
  // Its own process group outlives us unless stopped: stop it when this process exits, however it exits.
  process.once('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  let stopped = false;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    /** Kills Redis and starts it again on the same port, empty. */
    async restart() {
      await kill();
      child = await launch();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
