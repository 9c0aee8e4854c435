import { spawn } from 'node:child_process';
import { z } from 'zod';
import type { LaunchConfig } from './runtime.js';

/** How long a new worker may take to import numpy and say it is ready. */
const READY_TIMEOUT_MS = 20_000;
/** Standard error kept from a worker, to explain why it failed. */
const STDERR_CHARS = 4_000;

const KillReason = z.enum(['timeout', 'wall', 'prepare', 'output', 'protocol']);
export type KillReason = z.infer<typeof KillReason>;

/** The fork server's own messages (trusted: the child never writes to this stream). */
const ServerMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('ready'), python: z.string(), numpy: z.string() }),
  /** Whether the server needs the tests sent, or has them from an earlier submission. */
  z.object({ t: z.literal('tests'), need: z.boolean() }),
  z.object({
    t: z.literal('exit'),
    /** Exit status, or minus the signal that killed the child. */
    code: z.number().int(),
    peakMb: z.number().nonnegative(),
    /** Tests the child finished. */
    completed: z.number().int().nonnegative(),
    killed: z.object({ reason: KillReason, phase: z.string(), index: z.number().int().nonnegative(), cpuMs: z.number() }).optional(),
  }),
]);
export type ChildExit = Extract<z.infer<typeof ServerMessage>, { t: 'exit' }>;

/** A line the child wrote, with the CPU time the server measured for its step. */
export interface ChildLine {
  readonly cpuMs: number;
  /** JSON text as the child wrote it: untrusted until parsed and checked. */
  readonly body: string;
}

export interface WorkerReport {
  readonly load?: ChildLine;
  readonly results: readonly ChildLine[];
  readonly exit: ChildExit;
}

export interface WorkerJob {
  readonly header: Readonly<Record<string, unknown>>;
  /** Names the tests by content, so a worker that has them parsed already is not sent them again. */
  readonly testsKey: string;
  readonly testCount: number;
  /** One JSON line per test, asked for only when the worker does not have them. */
  readonly tests: () => readonly string[];
  /** When the worker itself is given up on; far beyond every limit the server enforces. */
  readonly backstopMs: number;
}

/** A started fork server, judging one submission at a time. */
export interface Worker {
  run(job: WorkerJob): Promise<WorkerReport>;
  readonly runs: number;
  readonly alive: boolean;
  /** The child's working folder and every folder emptied after a submission. */
  readonly scratch: { readonly tmpDir: string; readonly folders: readonly string[] };
  /** Kills the worker and, with it, everything in its sandbox. */
  dispose(): void;
}

/** Starts a fork server and resolves once it has numpy loaded and is ready for submissions. */
export function startWorker(launch: LaunchConfig): Promise<Worker> {
  const child = spawn(launch.command, [...launch.args], {
    cwd: launch.sandboxed ? '/' : launch.tmpDir,
    env: { ...launch.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let alive = true;
  let runs = 0;
  let stderr = '';
  let pending = '';
  let onLine: (line: string) => void = () => {};
  let onExit: (error: Error) => void = () => {};

  const failure = (what: string) => {
    const detail = stderr.trim().split('\n').filter(Boolean).at(-1);
    return new Error(detail ? `${what}: ${detail}` : what);
  };
  const dispose = () => {
    if (alive) {
      alive = false;
      child.kill('SIGKILL');
    }
  };

  child.stdin.on('error', () => {});
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_CHARS);
  });
  // Every line the server writes is ASCII (JSON with non-ASCII characters escaped, or
  // base64): Latin-1 reads it with a plain copy, where UTF-8 would be decoded. A line
  // the child forged may hold other bytes; it is rejected when parsed either way.
  child.stdout.setEncoding('latin1');
  child.stdout.on('data', (chunk: string) => {
    let start = 0;
    let newline = chunk.indexOf('\n');
    while (newline !== -1) {
      const line = pending + chunk.slice(start, newline);
      pending = '';
      onLine(line);
      start = newline + 1;
      newline = chunk.indexOf('\n', start);
    }
    pending += chunk.slice(start);
  });
  child.on('error', (error) => {
    alive = false;
    onExit(failure(`the Python worker could not start (${error.message})`));
  });
  child.on('exit', (code, signal) => {
    alive = false;
    launch.cleanup();
    onExit(failure(`the Python worker stopped (${signal ?? `exit code ${code}`})`));
  });

  const serverMessage = (line: string) => {
    if (!line.startsWith('S ')) return undefined;
    try {
      const parsed = ServerMessage.safeParse(JSON.parse(line.slice(2)));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };

  const worker: Worker = {
    scratch: { tmpDir: launch.tmpDir, folders: launch.scratch },
    get runs() {
      return runs;
    },
    get alive() {
      return alive;
    },
    dispose,
    run(job) {
      if (!alive) return Promise.reject(failure('the Python worker is not running'));
      runs++;
      return new Promise<WorkerReport>((resolve, reject) => {
        let load: ChildLine | undefined;
        const results: ChildLine[] = [];
        const settle = (outcome: () => void) => {
          clearTimeout(backstop);
          onLine = () => {};
          onExit = () => {};
          outcome();
        };
        const backstop = setTimeout(() => {
          dispose();
          settle(() => reject(new Error('the Python worker stopped answering')));
        }, job.backstopMs);
        onExit = (error) => settle(() => reject(error));
        onLine = (line) => {
          const kind = line.slice(0, 2);
          if (kind === 'L ' || kind === 'R ') {
            const space = line.indexOf(' ', 2);
            const entry = { cpuMs: Number(line.slice(2, space)), body: line.slice(space + 1) };
            if (kind === 'L ') load = entry;
            else results.push(entry);
            return;
          }
          const message = serverMessage(line);
          if (message?.t === 'tests') {
            if (message.need)
              child.stdin.write(
                job
                  .tests()
                  .map((t) => `${t}\n`)
                  .join(''),
              );
            return;
          }
          if (message?.t === 'exit') {
            settle(() => resolve({ ...(load ? { load } : {}), results, exit: message }));
            return;
          }
          dispose();
          settle(() => reject(new Error('the Python worker sent a line the judge does not understand')));
        };
        child.stdin.write(`${JSON.stringify({ ...job.header, tests: job.testCount, testsKey: job.testsKey })}\n`);
      });
    },
  };

  return new Promise<Worker>((resolve, reject) => {
    const timer = setTimeout(() => {
      dispose();
      reject(failure('the Python worker did not start in time'));
    }, READY_TIMEOUT_MS);
    onExit = (error) => {
      clearTimeout(timer);
      reject(error);
    };
    onLine = (line) => {
      clearTimeout(timer);
      onExit = () => {};
      onLine = () => {};
      if (serverMessage(line)?.t === 'ready') resolve(worker);
      else {
        dispose();
        reject(failure('the Python worker did not start'));
      }
    };
  });
}
