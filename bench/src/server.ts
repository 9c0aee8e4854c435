import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rss } from './procfs.js';

const require = createRequire(import.meta.url);
const serverScript = join(dirname(require.resolve('@mianjing/api')), 'server.js');
/** The judge worker (`node apps/worker/dist/main.js`); built with the bench, as a dependency. */
export const workerScript = require.resolve('@mianjing/worker/dist/main.js');

/** A Node process of ours (the API server, a judge worker). */
export interface RunningProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** The last lines it printed on stdout. */
  readonly output: string[];
  /** Resident set size now, and its peak (VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number };
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface RunningServer extends RunningProcess {
  readonly origin: string;
}

/** Variables of the bench's own environment that would change which store and queue a child uses: each run sets its own. */
const DEPLOYMENT_VARIABLES = ['DATABASE_URL', 'REDIS_URL', 'JUDGE_CONCURRENCY', 'WORKER_CONCURRENCY', 'JOB_LOCK_MS'];

/**
 * Starts `node script` and resolves once a line it prints satisfies `ready`
 * (with what `ready` returned); rejects if it exits or stays silent for
 * `timeoutMs` first (and then kills it).
 */
export function startProcess<T>(options: {
  name: string;
  script: string;
  env: Record<string, string>;
  ready: (line: string) => T | undefined;
  timeoutMs?: number;
  onStop?: () => void;
  /** Called as soon as it is spawned, before it is ready: whoever must stop it learns of it now. */
  track?: (process: RunningProcess) => void;
}): Promise<{ process: RunningProcess; ready: T }> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of DEPLOYMENT_VARIABLES) delete env[name];
  const child = spawn(process.execPath, [options.script], { env: { ...env, ...options.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const output: string[] = [];
  const running: RunningProcess = {
    name: options.name,
    child,
    output,
    memory: () => rss(child.pid),
    stop: (graceMs = 10_000) =>
      new Promise<void>((done) => {
        let kill: NodeJS.Timeout | undefined;
        const finish = () => {
          clearTimeout(kill);
          options.onStop?.();
          done();
        };
        if (child.exitCode !== null || child.signalCode !== null) {
          finish();
          return;
        }
        child.removeAllListeners('exit');
        child.once('exit', finish);
        kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.kill('SIGTERM');
      }),
  };
  options.track?.(running);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${options.name} was not ready after ${(options.timeoutMs ?? 60_000) / 1000} s; last output: ${output.slice(-5).join(' | ')}`,
        ),
      );
    }, options.timeoutMs ?? 60_000);
    let settled = false;
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!settled)
        reject(
          new Error(`${options.name} exited with ${code ?? signal} before it was ready; last output: ${output.slice(-5).join(' | ')}`),
        );
    });
    let partial = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        if (output.length > 200) output.shift();
        if (settled) continue;
        const value = options.ready(line);
        if (value === undefined) continue;
        settled = true;
        clearTimeout(timer);
        resolve({ process: running, ready: value });
      }
    });
  });
}

/**
 * Starts the built API server on a free port with a fresh SQLite database, tuned for load (no
 * access log, no per-user cap); `extraEnv` may point it at Postgres and Redis instead.
 */
export async function startServer(
  extraEnv: Record<string, string> = {},
  { name = 'api', track }: { name?: string; track?: (process: RunningProcess) => void } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mianjing-bench-'));
  const { process: server, ready: origin } = await startProcess({
    name,
    script: serverScript,
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      INIT_CWD: dataDir,
      ACCESS_LOG: 'off',
      MAX_IN_FLIGHT_PER_USER: '1000',
      MAX_QUEUE: '100000',
      ...extraEnv,
    },
    ready: (line) => /"api":"(http:\/\/127\.0\.0\.1:\d+)\/api\/v1"/.exec(line)?.[1],
    onStop: () => rmSync(dataDir, { recursive: true, force: true }),
    ...(track ? { track } : {}),
  }).catch((error: Error) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return { ...server, origin };
}

/** Starts a judge worker (`DATABASE_URL`, `REDIS_URL`, `WORKER_CONCURRENCY`… in `env`) and resolves once it says it is ready. */
export async function startWorker(
  env: Record<string, string>,
  { name = 'worker', track }: { name?: string; track?: (process: RunningProcess) => void } = {},
): Promise<RunningProcess> {
  const { process: worker } = await startProcess({
    name,
    script: workerScript,
    env,
    ready: (line) => (line.includes('Mianjing judge worker ready') ? true : undefined),
    ...(track ? { track } : {}),
  });
  return worker;
}

/** Creates an account on the server and returns its bearer token. */
export async function signUp(origin: string, name = 'bench'): Promise<string> {
  const response = await fetch(`${origin}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  return ((await response.json()) as { token: string }).token;
}
