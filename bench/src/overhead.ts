import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Catalogue, Language, Problem, TestInput } from '@mianjing/core';
import type { Judge } from '@mianjing/core/judge';
import { HEAVY, allInputs } from './problems.js';
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
  /** The plain design's median on the same submissions (plain.ts, plain.py), measured interleaved with the judge. */
  readonly plainMs?: number;
  /** Judge median over the plain design's median. */
  readonly plainRatio?: number;
}

/** A problem's tests as the baselines read them: the inputs, and the same written to `testsFile` in `dir`. */
export interface ProblemTests {
  readonly dir: string;
  readonly testsFile: string;
  readonly inputs: TestInput[];
}

/** A command line to run. */
export interface Command {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * What the judge is measured against in one language: the reference solution
 * called bare in a warm host, and run by a fresh process per submission.
 */
export interface Baselines {
  readonly language: Language;
  /** Starts a line comment, to make each submission's text different. */
  readonly lineComment: string;
  /** The problem's per-test CPU time limit in this language. */
  timeLimitMs(problem: Problem): number;
  /** Milliseconds the calls took in each of `runs` runs after `warmup` runs. */
  bareTimes(problem: Problem, tests: ProblemTests, runs: number, warmup: number): Promise<number[]>;
  /** Writes submission `index` into `tests.dir` and returns the fresh process that judges it: it prints the outputs as JSON. */
  submission(problem: Problem, tests: ProblemTests, index: number): Command;
  /**
   * The plain design for a problem (TypeScript: plain.ts, a fresh isolate per submission; Python:
   * plain.py, a fresh forked child): `judge` judges one submission's code, true when every test matched.
   */
  plain?(catalogue: Catalogue, problem: Problem): Promise<PlainDesign>;
}

/** A problem ready for the plain design, and how to let it go. */
export interface PlainDesign {
  judge(code: string): Promise<boolean>;
  close(): void;
}

export interface OverheadOptions {
  readonly catalogue: Catalogue;
  readonly judge: Judge;
  readonly baselines: Baselines;
  readonly iterations: number;
  readonly warmup: number;
  readonly processIterations: number;
  readonly problems?: readonly string[];
}

async function processTimes(problem: Problem, baselines: Baselines, tests: ProblemTests, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now();
    // Each submission: write the program, start a fresh process, run every test, read the output.
    const { command, args, env } = baselines.submission(problem, tests, i);
    const { stdout } = await run(command, args, { maxBuffer: 256 * 1024 * 1024, ...(env ? { env } : {}) });
    JSON.parse(stdout);
    if (i > 0) times.push(performance.now() - started);
  }
  return times;
}

/**
 * Judge overhead per problem in one language: the reference solution judged
 * in submit mode, one submission at a time on an otherwise idle judge, against
 * the same solution called bare in a warm host and run by a fresh process per
 * submission.
 */
export async function measureOverhead(options: OverheadOptions): Promise<OverheadRow[]> {
  const { baselines } = options;
  const rows: OverheadRow[] = [];
  const problems = options.catalogue.problems.filter((p) => !options.problems || options.problems.includes(p.id));
  for (const problem of problems) {
    const judgeTimes: number[] = [];
    const plainTimes: number[] = [];
    const plain = await baselines.plain?.(options.catalogue, problem);
    const slowestTest: number[] = [];
    let verdictsOk = true;
    for (let i = 0; i < options.warmup + options.iterations; i++) {
      // A different text each time, so nothing can be served from a cache.
      const code = `${problem.reference[baselines.language]}\n${baselines.lineComment} submission ${i}\n`;
      const started = performance.now();
      const result = await options.judge.judge({ problemId: problem.id, language: baselines.language, mode: 'submit', code });
      const elapsed = performance.now() - started;
      verdictsOk &&= result.verdict === 'Accepted';
      if (i >= options.warmup) {
        judgeTimes.push(elapsed);
        slowestTest.push(result.maxTimeMs);
      }
      await sleep(20); // as between two real submissions (the TypeScript pool reopens a fresh isolate meanwhile)
      if (plain) {
        // Interleaved with the judge: the same submission, the plain way.
        const plainStarted = performance.now();
        // Always run it (not `verdictsOk &&= await …`, which skips the call once a verdict was wrong).
        const plainOk = await plain.judge(code);
        verdictsOk &&= plainOk;
        if (i >= options.warmup) plainTimes.push(performance.now() - plainStarted);
        await sleep(20);
      }
    }
    plain?.close();
    const dir = mkdtempSync(join(tmpdir(), 'mianjing-bench-process-'));
    const tests = { dir, testsFile: join(dir, 'tests.json'), inputs: await allInputs(options.catalogue, problem) };
    writeFileSync(tests.testsFile, JSON.stringify(tests.inputs));
    const bare = await baselines.bareTimes(problem, tests, options.iterations, options.warmup);
    const processRuns = await processTimes(problem, baselines, tests, options.processIterations);
    rmSync(dir, { recursive: true, force: true });
    const judgeMs = median(judgeTimes);
    const bareMs = median(bare);
    const processMs = median(processRuns);
    rows.push({
      problem: problem.id,
      heavy: HEAVY.has(problem.id),
      tests: tests.inputs.length,
      bareMs: round(bareMs, 3),
      judgeMs: round(judgeMs),
      judgeP95Ms: round(percentile(judgeTimes, 95)),
      addedMs: round(judgeMs - bareMs),
      ratio: round(judgeMs / Math.max(bareMs, 1e-3), 1),
      processMs: round(processMs),
      speedup: round(processMs / judgeMs, 1),
      verdictsOk,
      headroom: round(baselines.timeLimitMs(problem) / Math.max(median(slowestTest), 1e-3), 1),
      ...(plainTimes.length > 0 ? { plainMs: round(median(plainTimes)), plainRatio: round(judgeMs / median(plainTimes)) } : {}),
    });
  }
  return rows;
}
