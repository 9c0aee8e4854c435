#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { measureHttpSubmissions, measureReads } from './http.js';
import { describeMachine } from './machine.js';
import { type OverheadRow, measureOverhead } from './overhead.js';
import { pythonBaselines } from './python.js';
import { type BenchResults, toMarkdown } from './report.js';
import { typescriptBaselines } from './runner.js';
import { startServer } from './server.js';
import { soak } from './soak.js';
import { LIGHT_MIX, measureThroughput } from './throughput.js';

export interface BenchOptions {
  /** One iteration of everything, short load runs, a small soak: proves the bench still works. */
  readonly quick: boolean;
  /** Where `<date>.md` and `<date>.json` go. */
  readonly outDir: string;
  readonly log?: (line: string) => void;
}

/** Runs every benchmark and writes the Markdown table and the raw JSON. */
export async function runBench(options: BenchOptions): Promise<{ results: BenchResults; markdown: string; files: string[] }> {
  const log = options.log ?? ((line: string) => console.error(line));
  const q = options.quick;
  const settings = { iterations: q ? 1 : 15, warmup: q ? 1 : 3, processIterations: q ? 1 : 5, quick: q };
  const catalogue = loadCatalogue();

  log('judge overhead…');
  const judge = createJudge({ catalogue });
  const overhead = await measureOverhead({
    catalogue,
    judge,
    baselines: typescriptBaselines,
    ...settings,
    ...(q ? { problems: ['sqrt-x', 'range-sum-2d', 'sort-list'] } : {}),
  });
  const python = (await judge.languages()).find((l) => l.id === 'python');
  const pythonSkipped = python?.available ? null : (python?.reason ?? 'the judge does not offer Python');
  let pythonOverhead: OverheadRow[] = [];
  if (pythonSkipped) {
    log(`PYTHON SKIPPED: ${pythonSkipped}. Install python3-numpy and bubblewrap to measure it.`);
  } else {
    log('judge overhead, Python…');
    pythonOverhead = await measureOverhead({
      catalogue,
      judge,
      baselines: pythonBaselines,
      ...settings,
      ...(q ? { problems: ['sqrt-x', 'softmax', 'sort-list'] } : {}),
    });
  }
  log('throughput in-process…');
  const throughput = [
    await measureThroughput({ catalogue, judge, mix: 'light', problems: LIGHT_MIX, submissions: q ? 8 : 1000 }),
    await measureThroughput({ catalogue, judge, mix: 'all problems', problems: catalogue.problems.map((p) => p.id), submissions: q ? 4 : 340 }),
  ];
  await judge.close();

  log('HTTP…');
  const server = await startServer();
  const http = await measureHttpSubmissions({ server, catalogue, problems: LIGHT_MIX, connections: q ? [2] : [2, 4, 8, 16], seconds: q ? 1 : 10 });
  const reads = await measureReads({ server, connections: q ? 4 : 32, seconds: q ? 1 : 10 });
  await server.stop();

  log('soak…');
  const soakServer = await startServer();
  const soakResult = await soak({ server: soakServer, catalogue, submissions: q ? 100 : 10_000, clients: 8 });
  await soakServer.stop();

  const results: BenchResults = {
    machine: describeMachine(),
    settings,
    overhead,
    pythonOverhead,
    pythonSkipped,
    throughput,
    http,
    reads,
    soak: soakResult,
  };
  const markdown = toMarkdown(results);
  mkdirSync(options.outDir, { recursive: true });
  const stem = join(options.outDir, results.machine.date.slice(0, 10));
  writeFileSync(`${stem}.md`, markdown);
  writeFileSync(`${stem}.json`, `${JSON.stringify(results, null, 2)}\n`);
  return { results, markdown, files: [`${stem}.md`, `${stem}.json`] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } } });
  const outDir = values.out ?? fileURLToPath(new URL('../results/', import.meta.url));
  const { markdown, files } = await runBench({ quick: values.quick ?? false, outDir });
  console.log(markdown);
  console.error(`wrote ${files.join(' and ')}`);
}
