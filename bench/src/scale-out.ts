import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '@mianjing/core';
import { type RunningService, createDatabase, missingService, startPostgres, startRedis } from '@mianjing/practice/services';
import { type LoadTarget, measureHttpSubmissions } from './http.js';
import { cpuSeconds, machineBusySeconds, processesMatching, pssMb, withChildren } from './procfs.js';
import { type RunningProcess, signUp, startServer, startWorker } from './server.js';
import { round, sleep } from './stats.js';

// The scale-out table: the same HTTP load (POST /submissions?wait=true, the
// light mix) against the embedded server and against an API replica with
// judge workers on Postgres + Redis, one deployment at a time, each started
// fresh and stopped before the next.

/** One deployment measured. */
export interface ScaleOutRow {
  /** Where submissions are stored and queued. */
  readonly setup: string;
  /** Who judges, with how many submissions at once. */
  readonly judging: string;
  /** Submissions judged at once over the whole deployment. */
  readonly judgeSlots: number;
  /** Judge worker processes (0: the API server judges). */
  readonly workers: number;
  readonly connections: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  /** Peak RSS (VmHWM) of the API server plus the workers, in MB. */
  readonly peakRssMb: number;
  readonly peakRssByProcessMb: Record<string, number>;
  /** Postgres (all its processes) plus Redis at the end of the run, proportional set size in MB; null without them. */
  readonly servicesPssMb: number | null;
  /**
   * CPU used during the measured seconds, in cores (CPU seconds per second): the API server, the
   * workers, Postgres + Redis, this process (the load generator), and everything else on the machine.
   */
  readonly cpuCores: {
    readonly api: number;
    readonly workers: number;
    readonly services: number;
    readonly loadGenerator: number;
    readonly others: number;
  };
}

export interface ScaleOutResults {
  readonly connections: number;
  readonly seconds: number;
  /** Seconds of the same load sent to each fresh deployment before the measured run. */
  readonly warmupSeconds: number;
  readonly rows: ScaleOutRow[];
  /** Why the table is missing, when it is. */
  readonly skipped: string | null;
}

/** Why the scale-out table cannot be measured here, or undefined when it can. */
export const scaleOutUnavailable = (): string | undefined => missingService('postgres') ?? missingService('redis');

/** A running deployment: where to send requests, and its processes. */
interface Deployment {
  readonly origin: string;
  /** The API server first, then the workers. */
  readonly nodes: readonly RunningProcess[];
  /** Postgres's and Redis's processes now (none for the embedded server). */
  readonly servicePids: () => number[];
}

/**
 * What was started, stopped last-started-first: after each row, when a row
 * fails, and on Ctrl-C or SIGTERM during the run.
 */
class Teardown {
  private readonly started: { name: string; stop: () => Promise<void> }[] = [];
  /** The stop under way: the run's own and a signal's share it. */
  private stopping: Promise<void> | undefined;

  add<T extends { stop(): Promise<void> }>(name: string, thing: T): T {
    this.started.push({ name, stop: () => thing.stop() });
    return thing;
  }

  /** For `startServer` and `startWorker`: a process is stopped even if it is interrupted while it starts. */
  track(name: string): (process: RunningProcess) => void {
    return (process) => this.add(name, process);
  }

  /** Runs `body` with a teardown of its own, run when `body` ends (or by this one, if interrupted first). */
  async within<T>(body: (teardown: Teardown) => Promise<T>): Promise<T> {
    const inner = this.add('a row', new Teardown());
    try {
      return await body(inner);
    } finally {
      await inner.stop();
    }
  }

  stop(): Promise<void> {
    this.stopping ??= this.drain().finally(() => {
      this.stopping = undefined;
    });
    return this.stopping;
  }

  private async drain(): Promise<void> {
    for (let next = this.started.pop(); next; next = this.started.pop()) {
      const { name } = next;
      await next.stop().catch((error: Error) => console.error(`scale-out: stopping ${name} failed: ${error.message}`));
    }
  }
}

/** Runs `body`, then stops everything it started, whether it succeeded, threw or the bench was interrupted. */
async function withTeardown<T>(body: (teardown: Teardown) => Promise<T>): Promise<T> {
  const teardown = new Teardown();
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`scale-out: ${signal}, stopping the servers it started`);
    void teardown.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await body(teardown);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await teardown.stop();
  }
}

/** The embedded default: SQLite and the in-process queue, the API server judging `judgeConcurrency` at once. */
async function embedded(teardown: Teardown, judgeConcurrency: number): Promise<Deployment> {
  const api = await startServer({ JUDGE_CONCURRENCY: String(judgeConcurrency) }, { track: teardown.track('API server') });
  return { origin: api.origin, nodes: [api], servicePids: () => [] };
}

/** One API replica judging nothing, `workers` judge workers judging one at a time each, a fresh database on `postgres` and a fresh Redis. */
async function cluster(teardown: Teardown, postgres: RunningService, workers: number): Promise<Deployment> {
  const redis = teardown.add('Redis', await startRedis());
  const shared = { DATABASE_URL: createDatabase(postgres.url, `bench_${workers}_workers_${Date.now()}`), REDIS_URL: redis.url };
  const api = await startServer({ ...shared, JUDGE_CONCURRENCY: '0' }, { track: teardown.track('API replica') });
  const nodes: RunningProcess[] = [api];
  for (let i = 1; i <= workers; i++) {
    nodes.push(
      await startWorker(
        { ...shared, WORKER_CONCURRENCY: '1', SHUTDOWN_GRACE_MS: '2000' },
        { name: `worker-${i}`, track: teardown.track(`worker ${i}`) },
      ),
    );
  }
  // Ready workers are not yet registered with the queue the API sees: wait until it counts them all.
  for (const deadline = Date.now() + 30_000; ; await sleep(100)) {
    const health = (await (await fetch(`${api.origin}/api/v1/health`)).json()) as {
      store: string;
      queue: { kind: string; workers: number };
    };
    if (health.store === 'postgres' && health.queue.kind === 'redis' && health.queue.workers >= workers) break;
    if (Date.now() > deadline)
      throw new Error(
        `the API replica sees ${health.queue.workers} of ${workers} workers (store ${health.store}, queue ${health.queue.kind})`,
      );
  }
  const postmaster = Number(readFileSync(join(postgres.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const redisPattern = new RegExp(`redis-server .*:${redis.port}\\b`);
  return { origin: api.origin, nodes, servicePids: () => [...withChildren(postmaster), ...processesMatching(redisPattern)] };
}

/** One submission through the deployment, which must come back judged Accepted: the deployment works before it is loaded. */
async function probe(origin: string, catalogue: Catalogue, problemId: string): Promise<void> {
  const token = await signUp(origin, 'probe');
  const response = await fetch(`${origin}/api/v1/submissions?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ problemId, language: 'typescript', mode: 'submit', code: catalogue.problem(problemId)?.reference.typescript }),
  });
  const body = (await response.json()) as { result?: { verdict?: string } };
  if (response.status !== 200 || body.result?.verdict !== 'Accepted') {
    throw new Error(`probe submission: HTTP ${response.status}, verdict ${body.result?.verdict ?? 'none'}`);
  }
}

/** CPU seconds used so far by each process. */
const cpuOf = (pids: readonly number[]) => new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
/** CPU seconds used between two samples (a process that appeared in between counts from zero). */
const cpuBetween = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, seconds]) => sum + seconds - (before.get(pid) ?? 0), 0);

async function measureRow(
  deployment: Deployment,
  about: { setup: string; judging: string; judgeSlots: number; workers: number },
  options: { catalogue: Catalogue; problems: readonly string[]; connections: number; seconds: number; warmupSeconds: number },
): Promise<ScaleOutRow> {
  const { nodes } = deployment;
  const target: LoadTarget = {
    origin: deployment.origin,
    memory: () =>
      nodes
        .map((node) => node.memory())
        .reduce((sum, m) => ({ rssMb: sum.rssMb + m.rssMb, peakMb: sum.peakMb + m.peakMb }), { rssMb: 0, peakMb: 0 }),
  };
  const load = { server: target, catalogue: options.catalogue, problems: options.problems, connections: [options.connections] };
  await probe(deployment.origin, options.catalogue, options.problems[0] as string);
  if (options.warmupSeconds > 0) await measureHttpSubmissions({ ...load, seconds: options.warmupSeconds });

  const pidOf = (node: RunningProcess) => node.child.pid as number;
  const groups = {
    api: () => [pidOf(nodes[0] as RunningProcess)],
    workers: () => nodes.slice(1).map(pidOf),
    services: deployment.servicePids,
  };
  const before = {
    api: cpuOf(groups.api()),
    workers: cpuOf(groups.workers()),
    services: cpuOf(groups.services()),
    bench: process.cpuUsage(),
    machine: machineBusySeconds(),
  };
  const started = performance.now();
  const [http] = await measureHttpSubmissions({ ...load, seconds: options.seconds });
  const wall = (performance.now() - started) / 1000;
  const used = {
    api: cpuBetween(before.api, cpuOf(groups.api())),
    workers: cpuBetween(before.workers, cpuOf(groups.workers())),
    services: cpuBetween(before.services, cpuOf(groups.services())),
    loadGenerator: (({ user, system }) => user + system)(process.cpuUsage(before.bench)) / 1e6,
    machine: machineBusySeconds() - before.machine,
  };
  if (!http) throw new Error('no HTTP row');
  const cores = (seconds: number) => round(Math.max(0, seconds) / wall, 2);
  const servicePids = groups.services();
  return {
    ...about,
    connections: http.connections,
    seconds: http.seconds,
    perSecond: http.perSecond,
    p50Ms: http.p50Ms,
    p99Ms: http.p99Ms,
    errors: http.errors,
    peakRssMb: http.serverPeakRssMb,
    peakRssByProcessMb: Object.fromEntries(nodes.map((node) => [node.name, node.memory().peakMb])),
    servicesPssMb: servicePids.length > 0 ? Math.round(servicePids.reduce((sum, pid) => sum + pssMb(pid), 0)) : null,
    cpuCores: {
      api: cores(used.api),
      workers: cores(used.workers),
      services: cores(used.services),
      loadGenerator: cores(used.loadGenerator),
      others: cores(used.machine - used.api - used.workers - used.services - used.loadGenerator),
    },
  };
}

/**
 * The scale-out table: the embedded server judging 1 and 2 at once, then one
 * API replica (judging nothing) with 1 and 2 judge workers (one at a time
 * each) on Postgres + Redis, all under the same load. Skipped, with the
 * reason, when Postgres or Redis is not installed.
 */
export async function measureScaleOut(options: {
  catalogue: Catalogue;
  problems: readonly string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  log?: (line: string) => void;
}): Promise<ScaleOutResults> {
  const log = options.log ?? (() => {});
  const base = { connections: options.connections, seconds: options.seconds, warmupSeconds: options.warmupSeconds };
  const unavailable = scaleOutUnavailable();
  if (unavailable) return { ...base, rows: [], skipped: unavailable };

  return withTeardown(async (teardown) => {
    const rows: ScaleOutRow[] = [];
    for (const judgeConcurrency of [1, 2]) {
      log(`  embedded, JUDGE_CONCURRENCY=${judgeConcurrency}…`);
      const deployment = {
        setup: 'embedded: SQLite, in-process queue',
        judging: `the API server, JUDGE_CONCURRENCY=${judgeConcurrency}`,
        judgeSlots: judgeConcurrency,
        workers: 0,
      };
      rows.push(await teardown.within(async (row) => measureRow(await embedded(row, judgeConcurrency), deployment, options)));
    }
    const postgres = teardown.add('Postgres', await startPostgres());
    for (const workers of [1, 2]) {
      const plural = workers > 1 ? 's' : '';
      log(`  Postgres + Redis, 1 API replica, ${workers} worker${plural}…`);
      const deployment = {
        setup: 'Postgres + Redis, 1 API replica (JUDGE_CONCURRENCY=0)',
        judging: `${workers} worker${plural}, WORKER_CONCURRENCY=1${workers > 1 ? ' each' : ''}`,
        judgeSlots: workers,
        workers,
      };
      rows.push(await teardown.within(async (row) => measureRow(await cluster(row, postgres, workers), deployment, options)));
    }
    return { ...base, rows, skipped: null };
  });
}

/** What the second judging slot buys, from the measured rows: each added worker core, and the embedded server's second slot. */
export function scaleOutGains(rows: readonly ScaleOutRow[]): {
  worker?: { perSecond: number; ofOne: number };
  embedded?: { perSecond: number; ofOne: number };
} {
  const gain = (one: ScaleOutRow | undefined, two: ScaleOutRow | undefined) =>
    one && two && one.perSecond > 0
      ? { perSecond: round(two.perSecond - one.perSecond, 1), ofOne: round((two.perSecond - one.perSecond) / one.perSecond, 2) }
      : undefined;
  const workers = (n: number) => rows.find((r) => r.workers === n);
  const embeddedSlots = (n: number) => rows.find((r) => r.workers === 0 && r.judgeSlots === n);
  const worker = gain(workers(1), workers(2));
  const embeddedGain = gain(embeddedSlots(1), embeddedSlots(2));
  return { ...(worker ? { worker } : {}), ...(embeddedGain ? { embedded: embeddedGain } : {}) };
}
