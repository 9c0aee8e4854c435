import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from './main.js';

describe('pnpm bench (one-iteration smoke run)', () => {
  it('runs every benchmark and writes the table and the raw JSON', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'mianjing-bench-smoke-'));
    const { results, files } = await runBench({ quick: true, outDir, log: () => {} });
    expect(results.overhead.map((r) => r.problem)).toEqual(['range-sum-2d', 'sort-list', 'sqrt-x']);
    expect(results.overhead.every((r) => r.verdictsOk && r.judgeMs > 0 && r.bareMs >= 0 && r.processMs > 0)).toBe(true);
    expect(results.throughput.every((r) => r.errors === 0 && r.perSecond > 0)).toBe(true);
    expect([...results.http, ...results.reads].every((r) => r.perSecond > 0)).toBe(true);
    expect(results.soak?.mismatches).toEqual([]);
    expect(results.soak).toMatchObject({ submissions: 100, unexpected: 0, failedRequests: 0, serverAlive: true });
    const markdown = readFileSync(files[0] as string, 'utf8');
    expect(markdown).toContain('| problem | tests | bare (ms)');
    expect(markdown).toContain('## Targets');
    expect(JSON.parse(readFileSync(files[1] as string, 'utf8')).machine.cores).toBeGreaterThan(0);
  }, 600_000);
});
