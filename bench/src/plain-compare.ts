#!/usr/bin/env node
/**
 * The judge against the plain fresh-isolate design (plain.ts), per problem,
 * side by side in this process: reference TypeScript solutions in submit
 * mode, `--runs` runs after `--warmup` warm-ups, the two variants
 * interleaved, one submission at a time; then light-mix throughput at 1 and
 * 2 in flight (or `--concurrency`).
 *
 *   node dist/plain-compare.js [--problems a,b] [--runs 15] [--warmup 3] [--throughput 200]
 */
import { parseArgs } from 'node:util';
import { type Catalogue, loadCatalogue } from '@mianjing/core';
import { type Judge, createJudge } from '@mianjing/core/judge';
import { type PlainProblem, plainJudge, plainThroughput, preparePlain } from './plain.js';
import { closedLoop, median, percentile, round, sleep } from './stats.js';

export interface PlainRow {
  readonly problem: string;
  readonly tests: number;
  readonly judgeMs: number;
  readonly plainMs: number;
  /** Judge p50 over plain p50. */
  readonly ratio: number;
  readonly verdictsOk: boolean;
}

/** Judge and plain design on each problem, interleaved. */
export async function comparePlain(options: {
  catalogue: Catalogue;
  judge: Judge;
  runs: number;
  warmup: number;
  problems?: readonly string[];
  log?: (line: string) => void;
}): Promise<PlainRow[]> {
  const rows: PlainRow[] = [];
  for (const problem of options.catalogue.problems.filter((p) => !options.problems || options.problems.includes(p.id))) {
    const plain = await preparePlain(options.catalogue, problem);
    const judgeTimes: number[] = [];
    const plainTimes: number[] = [];
    let verdictsOk = true;
    for (let i = 0; i < options.warmup + options.runs; i++) {
      // A different text each time, so nothing can be served from a cache.
      const code = `${problem.reference.typescript}\n// submission ${i}\n`;
      let started = performance.now();
      const result = await options.judge.judge({ problemId: problem.id, language: 'typescript', mode: 'submit', code });
      const judgeMs = performance.now() - started;
      await sleep(20); // as between two real submissions (the judge's pool reopens a fresh isolate meanwhile)
      started = performance.now();
      const { passed, total } = await plainJudge(plain, code);
      const plainMs = performance.now() - started;
      await sleep(20);
      verdictsOk &&= result.verdict === 'Accepted' && passed === total;
      if (i >= options.warmup) {
        judgeTimes.push(judgeMs);
        plainTimes.push(plainMs);
      }
    }
    const row = {
      problem: problem.id,
      tests: plain.expected.length,
      judgeMs: round(median(judgeTimes)),
      plainMs: round(median(plainTimes)),
      ratio: round(median(judgeTimes) / median(plainTimes)),
      verdictsOk,
    };
    options.log?.(`${row.problem}\t${row.tests}\t${row.judgeMs}\t${row.plainMs}\t${row.ratio}${verdictsOk ? '' : '\tNOT OK'}`);
    rows.push(row);
  }
  return rows;
}

/** The light mix of the issue: problems whose reference runs in a few milliseconds. */
export const PLAIN_LIGHT_MIX = ['sqrt-x', 'jump-game', 'softmax', 'rotate-matrix'];

export interface PlainThroughputRow {
  readonly design: 'judge' | 'plain';
  readonly concurrency: number;
  readonly submissions: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

/**
 * Light-mix throughput of the judge (with `concurrency` slots and as many in
 * flight) and of the plain design with as many in flight. The two alternate
 * in `rounds` rounds (judge then plain, then plain then judge, …) of
 * `submissions / rounds` each, so a busy moment of the machine falls on both.
 */
export async function compareThroughput(options: {
  catalogue: Catalogue;
  concurrency: number;
  submissions: number;
  rounds?: number;
  mix?: readonly string[];
}): Promise<PlainThroughputRow[]> {
  const problems = (options.mix ?? PLAIN_LIGHT_MIX).map((id) => options.catalogue.problem(id));
  if (problems.some((p) => !p)) throw new Error('unknown problem in mix');
  const references = problems.map((p) => p?.reference.typescript ?? '');
  const judge = createJudge({ catalogue: options.catalogue, concurrency: options.concurrency });
  const plain: PlainProblem[] = [];
  for (const p of problems) plain.push(await preparePlain(options.catalogue, p as NonNullable<typeof p>));
  // Warm both: reference answers computed, code paths compiled.
  for (let i = 0; i < problems.length * 2; i++) {
    const k = i % problems.length;
    await judge.judge({ problemId: problems[k]?.id ?? '', language: 'typescript', mode: 'submit', code: references[k] ?? '' });
  }
  await plainThroughput(plain, references, problems.length * 2, 1);
  await sleep(100);

  const judgeRound = (submissions: number) =>
    closedLoop(submissions, options.concurrency, async (i) => {
      const k = i % problems.length;
      const result = await judge.judge({
        problemId: problems[k]?.id ?? '',
        language: 'typescript',
        mode: 'submit',
        code: `${references[k]}\n// ${i}\n`,
      });
      return result.verdict === 'Accepted';
    });
  const plainRound = async (submissions: number) => {
    const started = performance.now();
    const r = await plainThroughput(plain, references, submissions, options.concurrency);
    return { seconds: (performance.now() - started) / 1000, latencies: r.latencies, errors: r.errors };
  };

  const rounds = Math.max(1, options.rounds ?? 2);
  const per = Math.max(1, Math.round(options.submissions / rounds));
  const total = {
    judge: { seconds: 0, latencies: [] as number[], errors: 0 },
    plain: { seconds: 0, latencies: [] as number[], errors: 0 },
  };
  for (let r = 0; r < rounds; r++) {
    for (const design of r % 2 === 0 ? (['judge', 'plain'] as const) : (['plain', 'judge'] as const)) {
      const measured = design === 'judge' ? await judgeRound(per) : await plainRound(per);
      total[design].seconds += measured.seconds;
      total[design].latencies.push(...measured.latencies);
      total[design].errors += measured.errors;
      await sleep(100);
    }
  }
  await judge.close();
  const row = (design: 'judge' | 'plain'): PlainThroughputRow => ({
    design,
    concurrency: options.concurrency,
    submissions: per * rounds,
    perSecond: round((per * rounds) / total[design].seconds, 1),
    p50Ms: round(percentile(total[design].latencies, 50)),
    p99Ms: round(percentile(total[design].latencies, 99)),
    errors: total[design].errors,
  });
  return [row('judge'), row('plain')];
}

if (process.argv[1]?.endsWith('plain-compare.js')) {
  const { values } = parseArgs({
    options: {
      problems: { type: 'string' },
      runs: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      throughput: { type: 'string', default: '0' },
      concurrency: { type: 'string', default: '1,2' },
    },
  });
  const catalogue = loadCatalogue();
  const log = (line: string) => console.log(line);
  if (values.problems !== 'none') {
    const judge = createJudge({ catalogue });
    log('problem\ttests\tjudge p50\tplain p50\tjudge/plain');
    await comparePlain({
      catalogue,
      judge,
      runs: Number(values.runs),
      warmup: Number(values.warmup),
      ...(values.problems ? { problems: values.problems.split(',') } : {}),
      log,
    });
    await judge.close();
  }
  const submissions = Number(values.throughput);
  if (submissions > 0) {
    for (const concurrency of (values.concurrency ?? '1,2').split(',').map(Number)) {
      for (const r of await compareThroughput({ catalogue, concurrency, submissions })) {
        log(`throughput ${r.design}\tin flight ${r.concurrency}\t${r.perSecond}/s\tp50 ${r.p50Ms}\tp99 ${r.p99Ms}\terrors ${r.errors}`);
      }
    }
  }
}
