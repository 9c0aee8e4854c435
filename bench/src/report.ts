import type { HttpRow } from './http.js';
import type { Machine } from './machine.js';
import type { OverheadRow } from './overhead.js';
import type { PlainThroughputRow } from './plain-compare.js';
import { type ScaleOutResults, scaleOutGains } from './scale-out.js';
import type { SoakResult } from './soak.js';
import { round } from './stats.js';
import type { ThroughputRow } from './throughput.js';

export interface BenchResults {
  readonly machine: Machine;
  readonly settings: { iterations: number; warmup: number; processIterations: number; quick: boolean };
  /** The parts that ran (all, unless `--only`); the others' rows are empty. */
  readonly sections: readonly Section[];
  readonly overhead: OverheadRow[];
  /** The same for Python (reference.py, the worker pool, a fresh `python3` per submission); empty when skipped. */
  readonly pythonOverhead: OverheadRow[];
  /** Why the Python rows are missing, when they are. */
  readonly pythonSkipped: string | null;
  readonly throughput: ThroughputRow[];
  /** Light-mix throughput of the judge and of the plain fresh-isolate design (plain.ts), 1 and 2 in flight; empty when not run. */
  readonly plainThroughput: PlainThroughputRow[];
  /** The problems of that light mix. */
  readonly plainMix: readonly string[];
  readonly http: HttpRow[];
  readonly reads: HttpRow[];
  /** The embedded server against API + judge workers on Postgres + Redis; null when not run. */
  readonly scaleOut: ScaleOutResults | null;
  readonly soak: SoakResult | null;
}

export interface Target {
  readonly name: string;
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}

/** The parts of the bench, in the order they run; \`--only\` picks some. */
export const SECTIONS = ['overhead', 'python', 'throughput', 'http', 'scale-out', 'soak'] as const;
export type Section = (typeof SECTIONS)[number];

/** The goal for the judge against the plain fresh-isolate design, per problem. */
export const PLAIN_RATIO_GOAL = 1.1;

/** Process-per-submission over judge, summed over every problem. */
const overallSpeedup = (rows: readonly OverheadRow[]) =>
  rows.reduce((a, r) => a + r.processMs, 0) / rows.reduce((a, r) => a + r.judgeMs, 0);

/** Each target of the benchmark issue, with what was measured and whether it was met. */
export function evaluateTargets(results: BenchResults): Target[] {
  const ran = (section: Section) => results.sections.includes(section);
  const targets: Target[] = [];
  if (ran('overhead')) {
    const light = results.overhead.filter((r) => !r.heavy);
    const heavy = results.overhead.filter((r) => ['quicksort', 'range-sum-2d'].includes(r.problem));
    const worstLight = Math.max(...light.map((r) => r.addedMs));
    const worstHeavy = Math.max(...heavy.map((r) => r.ratio));
    const overall = overallSpeedup(results.overhead);
    targets.push(
      {
        name: 'Judge overhead, light problems',
        goal: '≤ 5 ms added over bare',
        measured: `worst ${worstLight} ms added`,
        met: worstLight <= 5,
      },
      { name: 'Judge overhead, heavy problems', goal: 'judge/bare ≤ 1.5', measured: `worst ${worstHeavy}×`, met: worstHeavy <= 1.5 },
      {
        name: 'Against process-per-submission (TS/JS)',
        goal: '≥ 10× faster at p50',
        measured: `${round(overall, 1)}× overall`,
        met: overall >= 10,
      },
    );
  }
  const withPlain = results.overhead.filter((r) => r.plainRatio !== undefined);
  if (ran('overhead') && withPlain.length > 0) {
    const worst = withPlain.reduce((a, r) => ((r.plainRatio ?? 0) > (a.plainRatio ?? 0) ? r : a));
    const held = withPlain.filter((r) => (r.plainRatio ?? 0) <= PLAIN_RATIO_GOAL).length;
    targets.push({
      name: 'Against the plain fresh-isolate design (TS/JS)',
      goal: `judge ≤ ${PLAIN_RATIO_GOAL}× plain at p50 on every problem`,
      measured: `${held} of ${withPlain.length} hold; worst ${worst.problem} ${worst.plainRatio}×`,
      met: held === withPlain.length,
    });
  }
  if (ran('python')) {
    const python = overallSpeedup(results.pythonOverhead);
    // The same for the plain design, over the problems where it was measured.
    const withPlainPy = results.pythonOverhead.filter((r) => r.plainMs !== undefined);
    const plainPython =
      withPlainPy.length > 0
        ? withPlainPy.reduce((a, r) => a + r.processMs, 0) / withPlainPy.reduce((a, r) => a + (r.plainMs ?? 0), 0)
        : undefined;
    targets.push({
      name: 'Against process-per-submission (Python, worker pool)',
      goal: '≥ 3× faster at p50',
      measured: results.pythonSkipped
        ? `not measured: ${results.pythonSkipped}`
        : `${round(python, 1)}× overall${plainPython ? `; the plain fork-per-submission design ${round(plainPython, 1)}×` : ''}`,
      met: !results.pythonSkipped && python >= 3,
    });
  }
  if (ran('throughput')) {
    const lightThroughput = results.throughput.find((r) => r.mix === 'light');
    targets.push({
      name: 'In-process throughput, light mix',
      goal: '≥ 200 submissions/s',
      measured: `${lightThroughput?.perSecond ?? 0}/s`,
      met: (lightThroughput?.perSecond ?? 0) >= 200,
    });
  }
  if (ran('throughput') && results.plainThroughput.length > 0) {
    const at = (design: 'judge' | 'plain', concurrency: number) =>
      results.plainThroughput.find((r) => r.design === design && r.concurrency === concurrency)?.perSecond ?? 0;
    const inFlight = Math.max(...results.plainThroughput.map((r) => r.concurrency));
    const scaling = round(at('judge', 2) / Math.max(at('judge', 1), 1e-9), 2);
    targets.push(
      {
        name: 'Light-mix throughput against the plain design',
        goal: `judge ≥ plain with ${inFlight} in flight`,
        measured: `${at('judge', inFlight)}/s against ${at('plain', inFlight)}/s (${round(at('judge', inFlight) / Math.max(at('plain', inFlight), 1e-9), 2)}×)`,
        met: at('judge', inFlight) >= at('plain', inFlight),
      },
      {
        name: 'Throughput grows with cores',
        goal: '2 in flight ≥ 1.8× of 1 in flight (light mix)',
        measured: `judge ${scaling}× (${at('judge', 1)} → ${at('judge', 2)}/s); plain ${round(at('plain', 2) / Math.max(at('plain', 1), 1e-9), 2)}×`,
        met: scaling >= 1.8,
      },
    );
  }
  if (ran('http')) {
    const httpBest = [...results.http].filter((r) => r.p99Ms < 100).sort((a, b) => b.perSecond - a.perSecond)[0];
    const reads = Math.min(...results.reads.map((r) => r.perSecond));
    targets.push(
      {
        name: 'HTTP throughput, light mix',
        goal: '≥ 100 submissions/s at p99 < 100 ms',
        measured: httpBest
          ? `${httpBest.perSecond}/s at p99 ${httpBest.p99Ms} ms (${httpBest.connections} connections)`
          : 'no run under 100 ms p99',
        met: (httpBest?.perSecond ?? 0) >= 100,
      },
      { name: 'Read endpoints', goal: '≥ 5,000 requests/s', measured: `${reads}/s (slowest endpoint)`, met: reads >= 5000 },
    );
  }
  const errors = [
    ...results.throughput,
    ...results.plainThroughput,
    ...results.http,
    ...results.reads,
    ...(results.scaleOut?.rows ?? []),
  ].reduce((a, r) => a + r.errors, 0);
  targets.push({ name: 'Errors', goal: 'zero in every run', measured: `${errors}`, met: errors === 0 });
  if (results.soak) {
    const s = results.soak;
    const growth = s.rssAtEndMb - s.rssAfterFirstThousandMb;
    targets.push({
      name: 'Soak',
      goal: 'no failure, every verdict as expected, RSS growth ≤ 50 MB after the first 1,000',
      measured: `${s.submissions} submissions, ${s.unexpected} unexpected, ${s.failedRequests} failed, RSS ${s.rssAfterFirstThousandMb} → ${s.rssAtEndMb} MB`,
      met: s.serverAlive && s.unexpected === 0 && s.failedRequests === 0 && growth <= 50,
    });
  }
  return targets;
}

const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The per-problem table; with the plain design's columns when it was measured (TypeScript). */
const overheadTable = (rows: readonly OverheadRow[]) => {
  const plain = rows.some((r) => r.plainMs !== undefined);
  return table(
    [
      'problem',
      'tests',
      'bare (ms)',
      'judge p50 (ms)',
      'judge p95 (ms)',
      ...(plain ? ['plain p50 (ms)', 'judge/plain'] : []),
      'added (ms)',
      'judge/bare',
      'process p50 (ms)',
      'speed-up vs process',
      'time-limit headroom',
    ],
    rows.map((r) => [
      `${r.problem}${r.heavy ? ' (heavy)' : ''}${r.verdictsOk ? '' : ' ⚠ not Accepted'}`,
      r.tests,
      r.bareMs,
      r.judgeMs,
      r.judgeP95Ms,
      ...(plain
        ? [r.plainMs ?? '–', r.plainRatio === undefined ? '–' : `${r.plainRatio}×${r.plainRatio > PLAIN_RATIO_GOAL ? ' ⚠' : ''}`]
        : []),
      r.addedMs,
      `${r.ratio}×`,
      r.processMs,
      `${r.speedup}×`,
      `${r.headroom}×`,
    ]),
  );
};

/** The scale-out section: what was measured, the table, and what each added judging core buys. */
export function scaleOutMarkdown(scaleOut: ScaleOutResults, cores: number): string[] {
  if (scaleOut.skipped) return ['## Scale-out', `**Scale-out skipped**: ${scaleOut.skipped}.`];
  const { connections, seconds, warmupSeconds } = scaleOut;
  const gains = scaleOutGains(scaleOut.rows);
  const times = (x: number) => `${x}×`;
  const derived = [
    gains.worker && `Each added worker core buys **${gains.worker.perSecond} submissions/s** (${times(gains.worker.ofOne)} of one worker)`,
    gains.embedded &&
      `the embedded server's second judging slot buys ${gains.embedded.perSecond} submissions/s (${times(gains.embedded.ofOne)} of one slot)`,
  ].filter(Boolean);
  return [
    '## Scale-out',
    `The load of “Through HTTP” (\`POST /submissions?wait=true\`, light mix, same load generator, ${connections} connections, ${seconds} s after a ${warmupSeconds} s warm-up) against each deployment started fresh: the embedded server judging 1 and 2 at once, then one API replica judging nothing with 1 and 2 judge workers (one submission at a time each) on Postgres + Redis, every process on this machine's ${cores} cores. Peak RSS is the API's plus the workers' (VmHWM); Postgres and Redis are counted apart (PSS at the end); CPU is cores busy over the measured seconds, “other work” being everything else on the machine.`,
    table(
      [
        'setup',
        'judging',
        'connections',
        'seconds',
        'per second',
        'p50 (ms)',
        'p99 (ms)',
        'errors',
        'API + workers peak RSS (MB)',
        'Postgres + Redis PSS (MB)',
        'CPU cores: API · workers · Postgres+Redis · load generator · other work',
      ],
      scaleOut.rows.map((r) => [
        r.setup,
        r.judging,
        r.connections,
        r.seconds,
        r.perSecond,
        r.p50Ms,
        r.p99Ms,
        r.errors,
        r.peakRssMb,
        r.servicesPssMb ?? '–',
        [
          r.cpuCores.api,
          r.workers > 0 ? r.cpuCores.workers : '–',
          r.servicesPssMb === null ? '–' : r.cpuCores.services,
          r.cpuCores.loadGenerator,
          r.cpuCores.others,
        ].join(' · '),
      ]),
    ),
    ...(derived.length > 0 ? [`${derived.join('; ')}.`] : []),
  ];
}

/** The Markdown report: machine header, one table per benchmark that ran, and the targets. */
export function toMarkdown(results: BenchResults): string {
  const m = results.machine;
  const ran = (section: Section) => results.sections.includes(section);
  const parts = [
    `# Mianjing benchmarks — ${m.date.slice(0, 10)}`,
    [
      `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GiB, Node ${m.node}.`,
      ...(ran('overhead') || ran('python')
        ? [`Medians of ${results.settings.iterations} runs after ${results.settings.warmup} warm-up runs.`]
        : []),
      ...(results.settings.quick ? ['Quick smoke run: not figures to quote.'] : []),
      ...(results.sections.length < SECTIONS.length ? [`Only: ${results.sections.join(', ')}.`] : []),
    ].join(' '),
  ];
  if (ran('overhead')) {
    parts.push(
      '## TypeScript: judge overhead and process-per-submission baseline',
      'Reference TypeScript solution judged in `submit` mode, one submission at a time (median and p95 wall time), against the same solution called bare in the host process on the same tests (no sandbox, no comparison), judged by the plain fresh-isolate design (`bench/src/plain.ts`: a fresh isolate per submission, inputs as one JSON text parsed inside, answers as one `JSON.stringify`, compared on the host as text; measured interleaved with the judge, submission by submission; ⚠ marks a ratio over 1.1×) and run by a fresh `node` process per submission. Time-limit headroom is the per-test limit over the slowest test’s CPU time in the judge.',
      overheadTable(results.overhead),
    );
  }
  if (ran('python')) {
    parts.push(
      '## Python: judge overhead and process-per-submission baseline',
      results.pythonSkipped
        ? `**Python skipped**: ${results.pythonSkipped}.`
        : 'Reference Python solution (`reference.py`) judged in `submit` mode by the worker pool (a bubblewrap sandbox, one forked child per submission), against the same solution called bare in one long-lived `python3` on the same tests (warm, only the calls timed, no sandbox, no comparison), judged by the plain fork-per-submission design (`bench/src/plain.py`: a server with numpy and LeetCode’s modules imported forks a fresh child per submission, which parses the inputs from one JSON text, runs every test and writes the answers as one `json.dumps`, compared on the host as text; no sandbox; measured interleaved with the judge) and run by a fresh `python3` per submission (the ML problems import numpy there, as they must). Headroom is against the problem’s Python time limit.',
      ...(results.pythonSkipped ? [] : [overheadTable(results.pythonOverhead)]),
    );
  }
  if (ran('throughput')) {
    parts.push(
      '## Throughput in-process',
      table(
        ['mix', 'submissions', 'concurrency', 'per second', 'p50 (ms)', 'p99 (ms)', 'errors'],
        results.throughput.map((r) => [r.mix, r.submissions, r.concurrency, r.perSecond, r.p50Ms, r.p99Ms, r.errors]),
      ),
    );
    if (results.plainThroughput.length > 0) {
      parts.push(
        `Against the plain fresh-isolate design: the light mix of the judge-speed issue (${results.plainMix.join(', ')}), the judge with as many slots as submissions in flight, the plain design (\`bench/src/plain.ts\`) with as many in flight, in alternating rounds.`,
        table(
          ['design', 'in flight', 'submissions', 'per second', 'p50 (ms)', 'p99 (ms)', 'errors', '2 vs 1 in flight'],
          results.plainThroughput.map((r) => {
            const one = results.plainThroughput.find((o) => o.design === r.design && o.concurrency === 1);
            return [
              r.design === 'judge' ? 'judge' : 'plain fresh-isolate design',
              r.concurrency,
              r.submissions,
              r.perSecond,
              r.p50Ms,
              r.p99Ms,
              r.errors,
              r.concurrency > 1 && one ? `${round(r.perSecond / one.perSecond, 2)}×` : '–',
            ];
          }),
        ),
      );
    }
  }
  if (ran('http')) {
    parts.push(
      '## Through HTTP',
      table(
        ['scenario', 'connections', 'seconds', 'per second', 'p50 (ms)', 'p99 (ms)', 'errors', 'server peak RSS (MB)'],
        [...results.http, ...results.reads].map((r) => [
          r.scenario,
          r.connections,
          r.seconds,
          r.perSecond,
          r.p50Ms,
          r.p99Ms,
          r.errors,
          r.serverPeakRssMb,
        ]),
      ),
    );
  }
  if (results.scaleOut) parts.push(...scaleOutMarkdown(results.scaleOut, m.cores));
  if (results.soak) {
    const s = results.soak;
    parts.push(
      '## Soak',
      table(
        ['submissions', 'seconds', 'verdicts', 'unexpected', 'failed requests', 'RSS after 1,000 (MB)', 'RSS at end (MB)', 'server alive'],
        [
          [
            s.submissions,
            s.seconds,
            Object.entries(s.byVerdict)
              .map(([k, v]) => `${k} ${v}`)
              .join(', '),
            s.unexpected,
            s.failedRequests,
            s.rssAfterFirstThousandMb,
            s.rssAtEndMb,
            s.serverAlive ? 'yes' : 'no',
          ],
        ],
      ),
      ...(s.mismatches.length > 0 ? [`Unexpected outcomes (first ${s.mismatches.length}): ${s.mismatches.join('; ')}`] : []),
    );
  }
  parts.push(
    '## Targets',
    table(
      ['target', 'goal', 'measured', 'met'],
      evaluateTargets(results).map((t) => [t.name, t.goal, t.measured, t.met ? 'yes' : '**no**']),
    ),
  );
  return `${parts.join('\n\n')}\n`;
}
