import { MianjingError } from '../../errors.js';
import type { Problem, TestInput } from '../../schema/problem.js';
import type { Execution } from '../execute.js';
import { executePython, pythonLimits } from './execute.js';
import { type WorkerPool, createWorkerPool } from './pool.js';
import { type PythonRuntime, pythonRuntime } from './runtime.js';

export interface PythonRunnerOptions {
  /** Workers kept started; the judge's concurrency. */
  readonly workers: number;
  /**
   * Judge Python without bubblewrap when it is missing or cannot create a
   * sandbox here. Only for someone running their own code on their own
   * machine who asked for it (the terminal app's offline mode behind a flag):
   * the rlimits and the system call filter still apply, but the code sees the
   * host's files and network.
   */
  readonly allowUnsandboxed?: boolean;
}

export interface PythonRunner {
  /** Whether Python can be judged here, and why not (checked once, cached). */
  runtime(): Promise<PythonRuntime>;
  execute(problem: Problem, code: string, inputs: readonly TestInput[]): Promise<Execution>;
  close(): void;
}

/** Python for the judge: the runtime check, a pool of fork servers, and one forked child per submission. */
export function createPythonRunner(options: PythonRunnerOptions): PythonRunner {
  const allowUnsandboxed = options.allowUnsandboxed === true;
  let pool: WorkerPool | undefined;
  let closed = false;
  const runtime = () => pythonRuntime({ allowUnsandboxed });

  return {
    runtime,
    async execute(problem, code, inputs) {
      const found = await runtime();
      if (!found.available) throw new MianjingError('language_unavailable', `Python is not available on this server: ${found.reason}`);
      if (closed) throw new MianjingError('judge_closed', 'the judge is closed');
      pool ??= createWorkerPool(found.launch, options.workers);
      try {
        return await pool.use((worker) => executePython(problem, code, inputs, pythonLimits(problem), worker));
      } catch (error) {
        if (error instanceof MianjingError) throw error;
        throw new MianjingError('judge_failed', `the Python judge failed: ${(error as Error).message}`);
      }
    },
    close() {
      closed = true;
      pool?.drain();
    },
  };
}
