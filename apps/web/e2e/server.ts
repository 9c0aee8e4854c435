// Runs the real built server (apps/api/dist/server.js, which serves apps/web/dist)
// on a free port with a fresh database, the way apps/api/src/server.test.ts does.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverScript = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url));
const webIndex = fileURLToPath(new URL('../dist/index.html', import.meta.url));

export interface RunningServer {
  readonly origin: string;
  readonly child: ChildProcess;
  readonly logs: string[];
  stop(): Promise<void>;
}

/** Starts the built API server (which serves the built web app) on a free port. */
export function startServer(): Promise<RunningServer> {
  if (!existsSync(serverScript))
    throw new Error(`${serverScript} is missing: build the API first (pnpm turbo run build --filter=@mianjing/web...)`);
  if (!existsSync(webIndex)) throw new Error(`${webIndex} is missing: build the web app first (pnpm --filter @mianjing/web build)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'mianjing-web-'));
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, INIT_CWD: dataDir, JUDGE_CONCURRENCY: '1', ACCESS_LOG: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const stop = async () => {
    if (child.exitCode !== null) return;
    stopping = true;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  let started = false;
  let stopping = false;
  child.once('exit', (code, signal) => {
    // After start-up an exit is only expected from stop(); say loudly why the tests lose their server.
    if (started && !stopping) console.error(`the test server exited (${code ?? signal}):\n${logs.join('')}`);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => !started && reject(new Error(`server exited with ${code}: ${logs.join('')}`)));
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /"api":"(http:\/\/127\.0\.0\.1:\d+)\/api\/v1"/.exec(chunk.toString());
      if (match?.[1] && !started) {
        started = true;
        resolve({ origin: match[1], child, logs, stop });
      }
    });
  });
}
