import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const serverScript = join(dirname(require.resolve('@mianjing/api')), 'server.js');

export interface RunningServer {
  readonly origin: string;
  readonly child: ChildProcess;
  /** Resident set size now, and its peak (VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

/** Starts the built API server on a free port with a fresh database, tuned for load (no access log, no per-user cap). */
export function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mianjing-bench-'));
  const child = spawn(process.execPath, [serverScript], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      INIT_CWD: dataDir,
      ACCESS_LOG: 'off',
      MAX_IN_FLIGHT_PER_USER: '1000',
      MAX_QUEUE: '100000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /"api":"(http:\/\/127\.0\.0\.1:\d+)\/api\/v1"/.exec(chunk.toString());
      if (!match?.[1]) return;
      resolve({
        origin: match[1],
        child,
        memory: () => {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
          return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
        },
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Creates an account on the server and returns its bearer token. */
export async function signUp(origin: string, name = 'bench'): Promise<string> {
  const response = await fetch(`${origin}/api/v1/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
  return ((await response.json()) as { token: string }).token;
}
