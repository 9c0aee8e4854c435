import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonRuntime } from '@mianjing/core/judge';
import { missingService } from '@mianjing/practice/services';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runBench } from './main.js';

describe('pnpm bench (one-iteration smoke run)', () => {
  it('runs every benchmark and writes the table and the raw JSON', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'mianjing-bench-smoke-'));
    onTestFinished(() => rmSync(outDir, { recursive: true, force: true }));
    const { results, files } = await runBench({ quick: true, outDir, log: () => {} });
    const measured = (rows: typeof results.overhead) =>
      rows.every((r) => r.verdictsOk && r.judgeMs > 0 && r.bareMs >= 0 && r.processMs > 0);
    expect(results.overhead.map((r) => r.problem)).toEqual(['range-sum-2d', 'sort-list', 'sqrt-x']);
    expect(measured(results.overhead)).toBe(true);
    expect(results.throughput.every((r) => r.errors === 0 && r.perSecond > 0)).toBe(true);
    // The plain fresh-isolate design beside the judge: per problem, and throughput at 1 and 2 in flight.
    expect(results.overhead.every((r) => (r.plainMs ?? 0) > 0 && (r.plainRatio ?? 0) > 0)).toBe(true);
    expect(results.plainThroughput.map((r) => [r.design, r.concurrency])).toEqual([
      ['judge', 1],
      ['plain', 1],
      ['judge', 2],
      ['plain', 2],
    ]);
    expect(results.plainThroughput.every((r) => r.errors === 0 && r.perSecond > 0)).toBe(true);
    expect([...results.http, ...results.reads].every((r) => r.perSecond > 0)).toBe(true);
    expect(results.soak?.mismatches).toEqual([]);
    expect(results.soak).toMatchObject({ submissions: 100, unexpected: 0, failedRequests: 0, serverAlive: true });
    const markdown = readFileSync(files[0] as string, 'utf8');
    expect(markdown).toContain('| problem | tests | bare (ms)');
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('| plain p50 (ms) | judge/plain |');
    expect(markdown).toContain('Against the plain fresh-isolate design (TS/JS)');
    expect(markdown).toContain('Throughput grows with cores');
    expect(markdown).toContain('Against process-per-submission (Python, worker pool)');
    expect(JSON.parse(readFileSync(files[1] as string, 'utf8')).machine.cores).toBeGreaterThan(0);

    const python = await pythonRuntime();
    if (python.available) {
      expect(results.pythonSkipped).toBeNull();
      expect(results.pythonOverhead.map((r) => r.problem)).toEqual(['softmax', 'sort-list', 'sqrt-x']);
      expect(measured(results.pythonOverhead)).toBe(true);
      expect(markdown).toContain('## Python: judge overhead');
    } else {
      console.warn(`\n*** SKIPPED the Python benchmark rows: ${python.reason} (CI installs python3-numpy and bubblewrap) ***\n`);
      expect(results.pythonOverhead).toEqual([]);
      expect(markdown).toContain(`**Python skipped**: ${python.reason}`);
    }

    // The scale-out table needs Postgres and Redis; CI installs both and must measure it.
    const missing = missingService('postgres') ?? missingService('redis');
    if (missing && !process.env.CI) {
      console.warn(`\n*** SKIPPED the scale-out benchmark rows: ${missing} (CI installs postgresql and redis-server) ***\n`);
      expect(results.scaleOut).toMatchObject({ rows: [], skipped: missing });
      expect(markdown).toContain(`**Scale-out skipped**: ${missing}`);
    } else {
      expect(results.scaleOut?.skipped).toBeNull();
      expect(results.scaleOut?.rows.map((r) => [r.workers, r.judgeSlots])).toEqual([
        [0, 1],
        [0, 2],
        [1, 1],
        [2, 2],
      ]);
      for (const row of results.scaleOut?.rows ?? []) {
        expect(row, row.judging).toMatchObject({ errors: 0, connections: 2 });
        expect(row.perSecond, row.judging).toBeGreaterThan(0);
        expect(row.peakRssMb, row.judging).toBeGreaterThan(0);
      }
      expect(markdown).toContain('## Scale-out');
      expect(markdown).toMatch(/Each added worker core buys \*\*-?[\d.]+ submissions\/s\*\*/);
    }
  }, 600_000);
});
