import type { Catalogue } from '@mianjing/core';
import { describe, expect, it, vi } from 'vitest';
import { scaleOutMarkdown } from './report.js';
import { type ScaleOutRow, measureScaleOut, scaleOutGains } from './scale-out.js';

// A machine without Redis: nothing may be started.
vi.mock('@mianjing/practice/services', () => {
  const refuse = () => {
    throw new Error('nothing may be started without Redis');
  };
  return {
    missingService: (name: string) => (name === 'redis' ? 'Redis is not installed (no redis-server)' : undefined),
    startPostgres: refuse,
    startRedis: refuse,
    createDatabase: refuse,
  };
});

const row = (workers: number, judgeSlots: number, perSecond: number): ScaleOutRow => ({
  setup: workers ? 'Postgres + Redis, 1 API replica (JUDGE_CONCURRENCY=0)' : 'embedded: SQLite, in-process queue',
  judging: workers ? `${workers} workers` : `JUDGE_CONCURRENCY=${judgeSlots}`,
  judgeSlots,
  workers,
  connections: 4,
  seconds: 10,
  perSecond,
  p50Ms: 100,
  p99Ms: 300,
  errors: 0,
  peakRssMb: 300,
  peakRssByProcessMb: {},
  servicesPssMb: workers ? 60 : null,
  cpuCores: { api: 0.5, workers: 1, services: 0.2, loadGenerator: 0.1, others: 0.05 },
});

describe('the scale-out report', () => {
  it('derives what each added worker core and the second embedded slot buy', () => {
    const rows = [row(0, 1, 10), row(0, 2, 15), row(1, 1, 8), row(2, 2, 11)];
    expect(scaleOutGains(rows)).toEqual({ worker: { perSecond: 3, ofOne: 0.38 }, embedded: { perSecond: 5, ofOne: 0.5 } });
    const markdown = scaleOutMarkdown({ connections: 4, seconds: 10, warmupSeconds: 3, rows, skipped: null }, 2).join('\n\n');
    expect(markdown).toContain('| setup | judging | connections |');
    expect(markdown).toContain(
      '| Postgres + Redis, 1 API replica (JUDGE_CONCURRENCY=0) | 2 workers | 4 | 10 | 11 | 100 | 300 | 0 | 300 | 60 | 0.5 · 1 · 0.2 · 0.1 · 0.05 |',
    );
    expect(markdown).toContain(
      '| embedded: SQLite, in-process queue | JUDGE_CONCURRENCY=1 | 4 | 10 | 10 | 100 | 300 | 0 | 300 | – | 0.5 · – · – · 0.1 · 0.05 |',
    );
    expect(markdown).toContain('Each added worker core buys **3 submissions/s** (0.38× of one worker)');
  });

  it('is skipped, starting nothing, when Postgres or Redis is missing', async () => {
    const catalogue = {} as Catalogue;
    expect(await measureScaleOut({ catalogue, problems: ['sqrt-x'], connections: 4, seconds: 10, warmupSeconds: 3 })).toEqual({
      connections: 4,
      seconds: 10,
      warmupSeconds: 3,
      rows: [],
      skipped: 'Redis is not installed (no redis-server)',
    });
  });

  it('says loudly why the table is missing', () => {
    const markdown = scaleOutMarkdown({ connections: 4, seconds: 10, warmupSeconds: 3, rows: [], skipped: 'Redis is not installed' }, 2);
    expect(markdown).toEqual(['## Scale-out', '**Scale-out skipped**: Redis is not installed.']);
    expect(scaleOutGains([])).toEqual({});
  });
});
