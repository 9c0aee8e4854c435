#!/usr/bin/env node
/**
 * Where a judged submission's time goes: the judge judges a problem's
 * reference solution `--runs` times in submit mode while V8's CPU profiler
 * samples the host's main thread (node:inspector) and every isolate the judge
 * opens (isolated-vm's own profiler, started as the isolate is created and
 * stopped before it is disposed); prints the self time of the top functions
 * of each, per submission, beside the plain design's wall time on the same
 * submissions.
 *
 *   node dist/profile-judge.js --problem jump-game [--runs 20] [--top 15]
 */
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '@mianjing/core';
import { createJudge, isolateObserver } from '@mianjing/core/judge';
import { plainJudge, preparePlain } from './plain.js';
import { median, round, sleep } from './stats.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self milliseconds per function (name and place) over a profile, added into `into`. */
function selfTimes(profile: Profile, into: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    // A sample's time is the delta to the next one.
    into.set(key, (into.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
}

const top = (times: Map<string, number>, runs: number, count: number) => {
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  const lines = [...times.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, ms]) =>
        `  ${round(ms / runs, 2)
          .toFixed(2)
          .padStart(8)} ms  ${round((100 * ms) / total, 1)
          .toFixed(1)
          .padStart(5)}%  ${name}`,
    );
  return [`  ${round(total / runs, 2)} ms per submission sampled`, ...lines].join('\n');
};

const { values } = parseArgs({
  options: {
    problem: { type: 'string', default: 'jump-game' },
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    top: { type: 'string', default: '15' },
    /** Only the isolates' CPU time, no profilers (they slow the judge several-fold). */
    'cpu-only': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const cpuOnly = values['cpu-only'] === true;
const catalogue = loadCatalogue();
const problem = catalogue.problem(values.problem ?? '');
if (!problem) throw new Error(`no problem ${values.problem}`);

// Every isolate the judge opens from here on is profiled from its creation to its disposal.
let profiling = false;
const isolateTimes = new Map<string, number>();
const pending: Promise<void>[] = [];
let isolateCpuMs = 0;
const profiled = new WeakSet<object>();
isolateObserver.opened = (isolate) => {
  if (!profiling) return;
  profiled.add(isolate);
  if (!cpuOnly) isolate.startCpuProfiler('judge');
};
isolateObserver.disposing = (isolate) => {
  if (!profiled.has(isolate)) return undefined;
  isolateCpuMs += Number(isolate.cpuTime) / 1e6;
  if (cpuOnly) return undefined;
  const stopped = isolate.stopCpuProfiler('judge').then(
    (profiles) => {
      for (const p of profiles) selfTimes(p.profile as unknown as Profile, isolateTimes);
    },
    () => undefined,
  );
  pending.push(stopped);
  return stopped;
};

const judge = createJudge({ catalogue, concurrency: 1 });
const plain = await preparePlain(catalogue, problem);
const submit = (i: number) =>
  judge.judge({ problemId: problem.id, language: 'typescript', mode: 'submit', code: `${problem.reference.typescript}\n// ${i}\n` });
for (let i = 0; i < Number(values.warmup); i++) {
  await submit(-1 - i);
  await plainJudge(plain, problem.reference.typescript);
  await sleep(20);
}
await sleep(200);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
const hostTimes = new Map<string, number>();
const judgeMs: number[] = [];
const plainMs: number[] = [];
// Every isolate opened from here on (the pool opens the next ones ahead) is profiled until it is disposed.
profiling = true;
for (let i = 0; i < runs; i++) {
  if (!cpuOnly) await session.post('Profiler.start');
  let started = performance.now();
  const result = await submit(i);
  judgeMs.push(performance.now() - started);
  if (!cpuOnly) selfTimes((await session.post('Profiler.stop')).profile as unknown as Profile, hostTimes);
  if (result.verdict !== 'Accepted') console.log(`submission ${i}: ${result.verdict}`);
  await sleep(30); // the spent isolate is disposed (and its profile stopped) once the result is out
  started = performance.now();
  await plainJudge(plain, `${problem.reference.typescript}\n// ${i}\n`);
  plainMs.push(performance.now() - started);
  await sleep(20);
}
profiling = false;
await judge.close();
await Promise.all(pending);
session.disconnect();

const count = Number(values.top);
console.log(
  `${problem.id}: judge p50 ${round(median(judgeMs))} ms${cpuOnly ? '' : ' (profiled)'}, plain p50 ${round(median(plainMs))} ms, ${runs} runs`,
);
console.log(`isolate CPU ${round(isolateCpuMs / runs)} ms per submission`);
if (cpuOnly) process.exit(0);
console.log(`host main thread:\n${top(hostTimes, runs, count)}`);
console.log(`isolates:\n${top(isolateTimes, runs, count)}`);
