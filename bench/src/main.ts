#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { type HttpRow, measureHttpSubmissions, measureReads } from './http.js';
import { describeMachine } from './machine.js';
import { type OverheadRow, measureOverhead } from './overhead.js';
import { PLAIN_LIGHT_MIX, type PlainThroughputRow, compareThroughput } from './plain-compare.js';
import { pythonBaselines } from './python.js';
import { type BenchResults, SECTIONS, type Section, toMarkdown } from './report.js';
import { typescriptBaselines } from './runner.js';
import { type ScaleOutResults, measureScaleOut } from './scale-out.js';
import { startServer } from './server.js';
import { type SoakResult, soak } from './soak.js';
import { LIGHT_MIX, type ThroughputRow, measureThroughput } from './throughput.js';

export interface BenchOptions {
  /** One iteration of everything, short load runs, a small soak: proves the bench still works. */
  readonly quick: boolean;
  /** Only these parts (default: all); the files are then named `<date>-<parts>.md|json`. */
  readonly only?: readonly Section[];
  /** Where `<date>.md` and `<date>.json` go. */
  readonly outDir: string;
  readonly log?: (line: string) => void;
}

/** Runs every benchmark and writes the Markdown table and the raw JSON. */
export async function runBench(options: BenchOptions): Promise<{ results: BenchResults; markdown: string; files: string[] }> {
  const log = options.log ?? ((line: string) => console.error(line));
  const q = options.quick;
  const settings = { iterations: q ? 1 : 15, warmup: q ? 1 : 3, processIterations: q ? 1 : 5, quick: q };
  const sections = SECTIONS.filter((s) => !options.only || options.only.includes(s));
  const runs = (section: Section) => sections.includes(section);
  const catalogue = loadCatalogue();

  let overhead: OverheadRow[] = [];
  let pythonSkipped: string | null = null;
  let pythonOverhead: OverheadRow[] = [];
  let throughput: ThroughputRow[] = [];
  let plainThroughput: PlainThroughputRow[] = [];
  if (runs('overhead') || runs('python') || runs('throughput')) {
    const judge = createJudge({ catalogue });
    try {
      if (runs('overhead')) {
        log('judge overhead…');
        overhead = await measureOverhead({
          catalogue,
          judge,
          baselines: typescriptBaselines,
          ...settings,
          ...(q ? { problems: ['sqrt-x', 'range-sum-2d', 'sort-list'] } : {}),
        });
      }
      if (runs('python')) {
        const python = (await judge.languages()).find((l) => l.id === 'python');
        pythonSkipped = python?.available ? null : (python?.reason ?? 'the judge does not offer Python');
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
      }
      if (runs('throughput')) {
        log('throughput in-process…');
        throughput = [
          await measureThroughput({ catalogue, judge, mix: 'light', problems: LIGHT_MIX, submissions: q ? 8 : 1000 }),
          await measureThroughput({
            catalogue,
            judge,
            mix: 'all problems',
            problems: catalogue.problems.map((p) => p.id),
            submissions: q ? 4 : 340,
          }),
        ];
      }
    } finally {
      await judge.close();
    }
  }
  if (runs('throughput')) {
    // The judge against the plain fresh-isolate design (plain.ts) on the light mix, each
    // with 1 and then 2 submissions in flight (the judge with as many slots), alternating rounds.
    log('throughput against the plain design…');
    for (const concurrency of [1, 2]) {
      plainThroughput.push(...(await compareThroughput({ catalogue, concurrency, submissions: q ? 8 : 200, rounds: 2 })));
    }
  }

  let http: HttpRow[] = [];
  let reads: HttpRow[] = [];
  if (runs('http')) {
    log('HTTP…');
    const server = await startServer();
    try {
      http = await measureHttpSubmissions({
        server,
        catalogue,
        problems: LIGHT_MIX,
        connections: q ? [2] : [2, 4, 8, 16],
        // Two seconds in the smoke run: on a busy machine a light submission can take over a second.
        seconds: q ? 2 : 10,
      });
      reads = await measureReads({ server, connections: q ? 4 : 32, seconds: q ? 1 : 10 });
    } finally {
      await server.stop();
    }
  }

  let scaleOut: ScaleOutResults | null = null;
  if (runs('scale-out')) {
    log('scale-out…');
    scaleOut = await measureScaleOut({
      catalogue,
      problems: LIGHT_MIX,
      connections: q ? 2 : 4,
      seconds: q ? 2 : 10,
      warmupSeconds: q ? 0 : 3,
      log,
    });
    if (scaleOut.skipped) log(`SCALE-OUT SKIPPED: ${scaleOut.skipped}. Install postgresql and redis-server to measure it.`);
  }

  let soakResult: SoakResult | null = null;
  if (runs('soak')) {
    log('soak…');
    const soakServer = await startServer();
    try {
      soakResult = await soak({ server: soakServer, catalogue, submissions: q ? 100 : 10_000, clients: 8 });
    } finally {
      await soakServer.stop();
    }
  }

  const results: BenchResults = {
    machine: describeMachine(),
    settings,
    sections,
    overhead,
    pythonOverhead,
    pythonSkipped,
    throughput,
    plainThroughput,
    plainMix: PLAIN_LIGHT_MIX,
    http,
    reads,
    scaleOut,
    soak: soakResult,
  };
  const markdown = toMarkdown(results);
  mkdirSync(options.outDir, { recursive: true });
  const partial = sections.length < SECTIONS.length ? `-${sections.join('+')}` : '';
  const stem = join(options.outDir, `${results.machine.date.slice(0, 10)}${partial}`);
  writeFileSync(`${stem}.md`, markdown);
  writeFileSync(`${stem}.json`, `${JSON.stringify(results, null, 2)}\n`);
  return { results, markdown, files: [`${stem}.md`, `${stem}.json`] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `pnpm bench -- --only scale-out` hands the `--` on: drop it.
  const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
  const { values } = parseArgs({
    args,
    options: { quick: { type: 'boolean', default: false }, out: { type: 'string' }, only: { type: 'string' } },
  });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: no part called ${unknown.join(', ')}; --only takes a comma-separated list of ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
  const outDir = values.out ?? fileURLToPath(new URL('../results/', import.meta.url));
  const { markdown, files } = await runBench({ quick: values.quick ?? false, outDir, ...(only ? { only: only as Section[] } : {}) });
  console.log(markdown);
  console.error(`wrote ${files.join(' and ')}`);
}
