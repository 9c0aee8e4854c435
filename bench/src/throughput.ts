import type { Catalogue } from '@mianjing/core';
import type { Judge } from '@mianjing/core/judge';
import { closedLoop, percentile, round } from './stats.js';

export interface ThroughputRow {
  readonly mix: string;
  readonly submissions: number;
  readonly concurrency: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

/** The light mix: problems whose reference runs in a few milliseconds. */
export const LIGHT_MIX = [
  'sqrt-x',
  'jump-game',
  'scramble-string',
  'max-consecutive-ones-iii',
  'softmax',
  'layer-norm',
  'rotate-matrix',
  'self-attention',
];

/**
 * Submissions judged per second in this process at the judge's default
 * concurrency, keeping twice that many in flight so the judge is never idle.
 */
export async function measureThroughput(options: {
  catalogue: Catalogue;
  judge: Judge;
  mix: string;
  problems: readonly string[];
  submissions: number;
}): Promise<ThroughputRow> {
  const { judge, catalogue, problems } = options;
  const { seconds, latencies, errors } = await closedLoop(options.submissions, judge.concurrency * 2, async (i) => {
    const problem = catalogue.problem(problems[i % problems.length] as string);
    if (!problem) throw new Error('unknown problem in mix');
    const result = await judge.judge({
      problemId: problem.id,
      language: 'typescript',
      mode: 'submit',
      code: `${problem.reference.typescript}\n// ${i}\n`,
    });
    return result.verdict === 'Accepted';
  });
  return {
    mix: options.mix,
    submissions: options.submissions,
    concurrency: judge.concurrency,
    perSecond: round(options.submissions / seconds, 1),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    errors,
  };
}
