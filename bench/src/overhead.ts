import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Catalogue, Problem } from '@mianjing/core';
import type { Judge } from '@mianjing/core/judge';
import { HEAVY, allInputs, referenceJs } from './problems.js';
import { loadInHost, processScript } from './runner.js';
import { median, percentile, round, sleep } from './stats.js';

const run = promisify(execFile);

export interface OverheadRow {
  readonly problem: string;
  readonly heavy: boolean;
  readonly tests: number;
  readonly bareMs: number;
  readonly judgeMs: number;
  readonly judgeP95Ms: number;
  /** Median judge time minus median bare time. */
  readonly addedMs: number;
  readonly ratio: number;
  readonly processMs: number;
  /** Process-per-submission median over judge median. */
  readonly speedup: number;
  readonly verdictsOk: boolean;
  /** The problem's per-test time limit over the slowest test's CPU time (median over runs). */
  readonly headroom: number;
}

export interface OverheadOptions {
  readonly catalogue: Catalogue;
  readonly judge: Judge;
  readonly iterations: number;
  readonly warmup: number;
  readonly processIterations: number;
  readonly problems?: readonly string[];
}

async function bareTimes(problem: Problem, catalogue: Catalogue, runs: number, warmup: number): Promise<number[]> {
  const inputs = await allInputs(catalogue, problem);
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const runner = loadInHost(referenceJs(problem), problem.judge);
    const fresh = structuredClone(inputs);
    const { ms } = runner(fresh);
    if (i >= warmup) times.push(ms);
  }
  return times;
}

async function processTimes(problem: Problem, catalogue: Catalogue, runs: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mianjing-bench-process-'));
  const testsFile = join(dir, 'tests.json');
  writeFileSync(testsFile, JSON.stringify(await allInputs(catalogue, problem)));
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now();
    // Each submission: transpile, write the program, start a fresh node, run every test, read the output.
    const script = join(dir, `submission-${i}.cjs`);
    writeFileSync(script, processScript(referenceJs(problem), problem.judge));
    const { stdout } = await run(process.execPath, [script, testsFile], { maxBuffer: 256 * 1024 * 1024 });
    JSON.parse(stdout);
    if (i > 0) times.push(performance.now() - started);
  }
  return times;
}

/**
 * Judge overhead per problem: the reference solution judged in submit mode,
 * one submission at a time on an otherwise idle judge, against the same
 * solution called bare in this process and run by a fresh `node` per
 * submission.
 */
export async function measureOverhead(options: OverheadOptions): Promise<OverheadRow[]> {
  const rows: OverheadRow[] = [];
  const problems = options.catalogue.problems.filter((p) => !options.problems || options.problems.includes(p.id));
  for (const problem of problems) {
    const judgeTimes: number[] = [];
    const slowestTest: number[] = [];
    let verdictsOk = true;
    for (let i = 0; i < options.warmup + options.iterations; i++) {
      // A different text each time, so nothing can be served from a cache.
      const code = `${problem.reference.typescript}\n// submission ${i}\n`;
      const started = performance.now();
      const result = await options.judge.judge({ problemId: problem.id, language: 'typescript', mode: 'submit', code });
      const elapsed = performance.now() - started;
      verdictsOk &&= result.verdict === 'Accepted';
      if (i >= options.warmup) {
        judgeTimes.push(elapsed);
        slowestTest.push(result.maxTimeMs);
      }
      await sleep(20); // let the pool reopen a fresh isolate, as between two real submissions
    }
    const bare = await bareTimes(problem, options.catalogue, options.iterations, options.warmup);
    const processRuns = await processTimes(problem, options.catalogue, options.processIterations);
    const judgeMs = median(judgeTimes);
    const bareMs = median(bare);
    const processMs = median(processRuns);
    rows.push({
      problem: problem.id,
      heavy: HEAVY.has(problem.id),
      tests: (await allInputs(options.catalogue, problem)).length,
      bareMs: round(bareMs, 3),
      judgeMs: round(judgeMs),
      judgeP95Ms: round(percentile(judgeTimes, 95)),
      addedMs: round(judgeMs - bareMs),
      ratio: round(judgeMs / Math.max(bareMs, 1e-3), 1),
      processMs: round(processMs),
      speedup: round(processMs / judgeMs, 1),
      verdictsOk,
      headroom: round(problem.limits.timeLimitMs / Math.max(median(slowestTest), 1e-3), 1),
    });
  }
  return rows;
}
