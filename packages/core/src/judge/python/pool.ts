import type { LaunchConfig } from './runtime.js';
import { type Worker, startWorker } from './worker.js';

/** A worker is replaced after this many submissions, so nothing can build up in a fork server. */
const RUNS_PER_WORKER = 200;

export interface WorkerPool {
  /** Runs `task` on a ready worker; a worker that fails during it is replaced. */
  use<T>(task: (worker: Worker) => Promise<T>): Promise<T>;
  /** Stops every worker. */
  drain(): void;
}

/**
 * Keeps `size` fork servers started (numpy already imported), so a submission
 * only waits for a fork. Workers start on first use and are replaced in the
 * background when one is retired or dies.
 */
export function createWorkerPool(launch: () => LaunchConfig, size: number): WorkerPool {
  const idle: Worker[] = [];
  const waiting: { resolve: (worker: Worker) => void; reject: (error: Error) => void }[] = [];
  let starting = 0;
  let busy = 0;
  let drained = false;

  const hand = (worker: Worker) => {
    const next = waiting.shift();
    if (next) {
      busy++;
      next.resolve(worker);
    } else idle.push(worker);
  };

  const start = () => {
    starting++;
    startWorker(launch())
      .then(
        (worker) => {
          if (drained) worker.dispose();
          else hand(worker);
        },
        (error: Error) => {
          // No worker is left to serve those waiting: tell them why.
          if (idle.length + busy + starting - 1 === 0) for (const waiter of waiting.splice(0)) waiter.reject(error);
        },
      )
      .finally(() => {
        starting--;
      });
  };

  const fill = () => {
    while (!drained && idle.length + busy + starting < size) start();
  };

  const acquire = (): Promise<Worker> => {
    while (idle.length > 0) {
      const worker = idle.shift() as Worker;
      if (worker.alive) {
        busy++;
        return Promise.resolve(worker);
      }
    }
    const promise = new Promise<Worker>((resolve, reject) => waiting.push({ resolve, reject }));
    fill();
    return promise;
  };

  const release = (worker: Worker, healthy: boolean) => {
    busy--;
    if (healthy && worker.alive && worker.runs < RUNS_PER_WORKER && !drained) hand(worker);
    else worker.dispose();
    fill();
  };

  return {
    async use(task) {
      if (drained) throw new Error('the Python judge is closed');
      const worker = await acquire();
      let healthy = false;
      try {
        const result = await task(worker);
        healthy = true;
        return result;
      } finally {
        release(worker, healthy);
      }
    },
    drain() {
      drained = true;
      for (const worker of idle.splice(0)) worker.dispose();
      for (const waiter of waiting.splice(0)) waiter.reject(new Error('the Python judge is closed'));
    },
  };
}
