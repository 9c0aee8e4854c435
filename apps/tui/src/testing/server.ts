import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The built API server of `@mianjing/api` (this package depends on it). */
const serverScript = join(dirname(createRequire(import.meta.url).resolve('@mianjing/api')), 'server.js');

/** Starts the real API server on a free port with its own data folder; resolves with its origin. */
export function startApiServer(dataDir: string): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, INIT_CWD: dataDir, JUDGE_CONCURRENCY: '1', ACCESS_LOG: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the API server exited with ${code}: ${logs.join('')}`)));
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /"api":"(http:\/\/127\.0\.0\.1:\d+)\/api\/v1"/.exec(chunk.toString());
      if (match?.[1]) resolve({ origin: match[1], child });
    });
  });
}
