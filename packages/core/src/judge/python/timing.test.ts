import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.js';
import { pythonMissing } from '../../testing/python.js';
import { createJudge } from '../judge.js';
import { pythonRuntime } from './runtime.js';
import { startWorker } from './worker.js';

// How long a typical Python submission takes with the pool of fork servers,
// against starting an interpreter and importing numpy for each one. The
// numbers are printed, not asserted: wall-clock time depends on the machine.
const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 1 });
afterAll(() => judge.close());

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(1)} ms`;

describe.skipIf(pythonMissing)('Python judging time', () => {
  it('a typical submission takes tens of milliseconds with the pool, where a fresh interpreter with numpy costs more on its own', async () => {
    const runtime = await pythonRuntime();
    if (!runtime.available) throw new Error(runtime.reason);

    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const worker = await startWorker(runtime.launch());
      starts.push(performance.now() - started);
      worker.dispose();
    }

    const timings: Record<string, { wall: number; cpu: number }> = {};
    for (const [problemId, mode] of [
      ['sqrt-x', 'run'],
      ['sqrt-x', 'submit'],
      ['jump-game', 'submit'],
      ['softmax', 'submit'],
    ] as const) {
      const code = catalogue.problem(problemId)?.reference.python ?? '';
      // The first submission starts the worker and computes the expected outputs.
      expect((await judge.judge({ problemId, language: 'python', mode, code })).verdict).toBe('Accepted');
      const walls: number[] = [];
      let cpu = 0;
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        const result = await judge.judge({ problemId, language: 'python', mode, code });
        walls.push(performance.now() - started);
        cpu = result.totalTimeMs;
        expect(result.verdict).toBe('Accepted');
      }
      timings[`${problemId} ${mode}`] = { wall: median(walls), cpu };
    }

    console.log(
      [
        `Python judging (${runtime.sandboxed ? 'bubblewrap sandbox' : 'unsandboxed'}, Python ${runtime.python}, numpy ${runtime.numpy}):`,
        `  a fresh worker (bwrap + interpreter + numpy), median of 3: ${ms(median(starts))}`,
        ...Object.entries(timings).map(
          ([name, t]) => `  ${name}: median wall ${ms(t.wall)} per submission (the solution's own CPU: ${ms(t.cpu)})`,
        ),
      ].join('\n'),
    );
  });
});
