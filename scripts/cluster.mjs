#!/usr/bin/env node
// `pnpm cluster`: Mianjing as it runs scaled out, on this machine — a throwaway
// Postgres and Redis, N stateless API replicas (judging nothing) and M judge
// workers — with every child's log lines prefixed by its name. Ctrl-C (or
// SIGTERM) stops everything it started, children first, then Redis and
// Postgres (their folders removed); so does any child dying unexpectedly
// (then it says which and exits 1).
//
//   pnpm cluster                       # 2 APIs, 2 workers
//   pnpm cluster --apis 3 --workers 1
//
// The script runs as two processes: this one, which the terminal's Ctrl-C
// reaches, and a supervisor in a process group of its own that owns every
// child. A terminal's Ctrl-C goes to its whole foreground process group, and
// Redis (started by the services helper in our group) would otherwise die on
// it at once, before the workers have handed their jobs back.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const paths = {
  api: join(root, 'apps/api/dist/server.js'),
  worker: join(root, 'apps/worker/dist/main.js'),
  services: join(root, 'packages/practice/dist/services/index.js'),
};
/** SIGTERM → SIGKILL: an API drains requests and its judge for up to 10 s each; workers are told to hand back after 10 s. */
const GRACE_MS = 25_000;
const WORKER_SHUTDOWN_GRACE_MS = 10_000;
const READY_TIMEOUT_MS = 120_000;
const SUPERVISED = 'MIANJING_CLUSTER_SUPERVISOR';

const USAGE = `usage: pnpm cluster [--apis N] [--workers M] [--api-judges K]

Starts a throwaway Postgres and Redis, N API replicas and M judge workers on this
machine, prints their URLs, and stops them all on Ctrl-C.

  --apis N         API replicas (default 2)
  --workers M      judge workers, each judging one submission at a time (default 2)
  --api-judges K   submissions each API replica judges itself (JUDGE_CONCURRENCY;
                   default 0, or 1 with --workers 0 so something still judges)`;

if (process.env[SUPERVISED] !== '1') {
  forwardToSupervisor();
} else {
  await supervise();
}

/** The front process: starts the supervisor in its own process group and passes it the signals we get. */
function forwardToSupervisor() {
  const supervisor = spawn(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [SUPERVISED]: '1' },
  });
  const forward = (signal) => () => supervisor.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  supervisor.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function supervise() {
  const fail = (message, code = 2) => {
    console.error(`cluster: ${message}`);
    process.exit(code);
  };
  const options = readOptions(fail);
  if (options === 'help') {
    console.log(USAGE);
    process.exit(0);
  }
  if (!existsSync(paths.services)) fail(`${paths.services} is missing: build first: pnpm turbo run build --filter=@mianjing/practice`);
  if (!existsSync(paths.api)) fail(`${paths.api} is missing: build the API first: pnpm turbo run build --filter=@mianjing/api...`);
  if (options.workers > 0 && !existsSync(paths.worker)) {
    fail(`${paths.worker} is missing: build the worker first: pnpm turbo run build --filter=@mianjing/worker... (or run --workers 0)`);
  }
  const services = await import(pathToFileURL(paths.services).href);
  const missing = services.missingService('postgres') ?? services.missingService('redis');
  if (missing) fail(missing);

  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const say = (text) => console.log(paint('1', `cluster  | ${text}`));

  /** @type {{ name: string, child: import('node:child_process').ChildProcess, lines: string[], logged: boolean, exited: Promise<void>, done: boolean, url?: string, what: string }[]} */
  const children = [];
  /** @type {Promise<any>[]} */
  const starting = [];
  let stopping = false;
  let forced = false;

  async function stopEverything(reason, exitCode) {
    if (stopping) return;
    stopping = true;
    say(reason);
    const running = children.filter((c) => !c.done);
    if (running.length > 0) say(`stopping ${running.map((c) => c.name).join(', ')} (SIGTERM, SIGKILL after ${GRACE_MS / 1000} s)`);
    for (const c of running) c.child.kill('SIGTERM');
    await Promise.all(
      running.map(async (c) => {
        const timer = setTimeout(() => {
          if (!c.done) {
            say(`${c.name} did not stop within ${GRACE_MS / 1000} s: SIGKILL`);
            c.child.kill('SIGKILL');
          }
        }, GRACE_MS);
        await c.exited;
        clearTimeout(timer);
      }),
    );
    // Services still starting are stopped once they are up; the children that needed them are gone now.
    const started = await Promise.all(starting.map((p) => p.catch(() => undefined)));
    for (const [name, service] of [
      ['Redis', started[1]],
      ['Postgres', started[0]],
    ]) {
      if (!service) continue;
      await service.stop().catch((error) => say(`stopping ${name} failed: ${error.message}`));
      say(`${name} stopped, ${service.dir} removed`);
    }
    say(exitCode === 0 ? 'everything stopped' : 'everything stopped (after a failure)');
    process.exit(exitCode);
  }

  // A second Ctrl-C while stopping does not wait for the grace period.
  const onSignal = (signal) => {
    if (!stopping) return void stopEverything(`${signal}: stopping the cluster`, 0);
    if (forced) return;
    forced = true;
    say(`${signal} again: killing what is left`);
    for (const c of children) if (!c.done) c.child.kill('SIGKILL');
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  // A bug here must not leave servers behind.
  process.on('uncaughtException', (error) => {
    console.error(`cluster: ${error.stack ?? error}`);
    void stopEverything('unexpected error: stopping the cluster', 1);
  });
  // The front process is gone (killed): nobody can Ctrl-C us any more, so stop.
  process.on('disconnect', () => void stopEverything('the front process went away: stopping the cluster', 1));

  const palette = ['36', '35', '33', '32', '34', '31'];
  function launch(name, main, env, what) {
    const childEnv = { ...process.env, ...env };
    delete childEnv[SUPERVISED];
    const child = spawn(process.execPath, [main], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = paint(palette[children.length % palette.length], `${name.padEnd(8)} | `);
    const entry = { name, child, lines: [], logged: false, done: false, what, exited: undefined };
    entry.exited = new Promise((resolve) => child.once('exit', resolve));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
        if (stream === child.stdout) entry.logged = true;
        entry.lines.push(line);
        if (entry.lines.length > 20) entry.lines.shift();
        process.stdout.write(`${prefix}${line}\n`);
      });
    }
    child.once('exit', (code, signal) => {
      entry.done = true;
      if (stopping) return;
      say(`${name} (pid ${child.pid}) exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); its last lines:`);
      for (const line of entry.lines.slice(-10)) console.log(`    ${line}`);
      void stopEverything(`${name} died: stopping the cluster`, 1);
    });
    children.push(entry);
    return entry;
  }

  try {
    say(`starting Postgres and Redis (throwaway, in ${process.env.TMPDIR ?? '/tmp'})`);
    starting.push(services.startPostgres(), services.startRedis());
    const [postgres, redis] = await Promise.all(starting);
    if (stopping) return;
    const databaseUrl = services.createDatabase(postgres.url, 'mianjing');
    const shared = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url };

    const apis = [];
    for (let i = 1; i <= options.apis; i++) {
      const port = await services.freePort();
      if (stopping) return;
      const url = `http://127.0.0.1:${port}`;
      const api = launch(
        `api-${i}`,
        paths.api,
        { ...shared, PORT: String(port), HOST: '127.0.0.1', JUDGE_CONCURRENCY: String(options.apiJudges) },
        options.apiJudges === 0 ? 'API replica, judges nothing' : `API replica, judges ${options.apiJudges} at once`,
      );
      api.url = url;
      apis.push(api);
    }
    const workers = [];
    for (let i = 1; i <= options.workers; i++) {
      workers.push(
        launch(
          `worker-${i}`,
          paths.worker,
          { ...shared, WORKER_CONCURRENCY: '1', SHUTDOWN_GRACE_MS: String(WORKER_SHUTDOWN_GRACE_MS) },
          'judge worker, 1 submission at a time',
        ),
      );
    }
    await Promise.all([...apis.map((api) => untilHealthy(api)), ...workers.map((worker) => untilFirstLine(worker))]);
    if (stopping) return;

    const pid = (service, read) => {
      try {
        return read(service);
      } catch {
        return '-';
      }
    };
    const postgresPid = pid(postgres, (s) => readFileSync(join(s.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const redisPid = pid(
      redis,
      (s) => /process_id:(\d+)/.exec(execFileSync('redis-cli', ['-p', String(s.port), 'info', 'server']).toString())?.[1] ?? '-',
    );
    const rows = [
      ['postgres', postgresPid, 'Postgres (throwaway, fsync off)', postgres.dir],
      ['redis', redisPid, 'Redis (no persistence)', redis.dir],
      ...[...apis, ...workers].map((c) => [c.name, String(c.child.pid), c.what, c.url ?? '']),
    ];
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['name', 'pid', 'what'][i].length));
    const table = [['name', 'pid', 'what', 'where'], ...rows].map((r) =>
      r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  '),
    );
    console.log(
      [
        '',
        paint('1', 'Mianjing cluster is running (Ctrl-C stops everything):'),
        '',
        ...apis.map(
          (api, i) => `  ${api.name.padEnd(9)} ${api.url}${i === 0 ? `   (API ${api.url}/api/v1, reference ${api.url}/api/docs)` : ''}`,
        ),
        `  ${'postgres'.padEnd(9)} ${redact(databaseUrl)}`,
        `  ${'redis'.padEnd(9)} ${redact(redis.url)}`,
        '',
        ...table.map((line) => `  ${line}`),
        '',
      ].join('\n'),
    );
  } catch (error) {
    if (stopping) return;
    console.error(`cluster: ${error.message}`);
    await stopEverything('starting failed: stopping what was started', 1);
  }

  async function untilHealthy(api) {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!stopping) {
      if (api.done) throw new Error(`${api.name} exited before it answered`);
      try {
        const response = await fetch(`${api.url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(
          `${api.name} did not answer GET ${api.url}/api/v1/health within ${READY_TIMEOUT_MS / 1000} s; its last lines:\n${lastLines(api)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async function untilFirstLine(worker) {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    // A worker's first line on stdout (JSON) says it is up.
    while (!stopping && !worker.logged) {
      if (worker.done) throw new Error(`${worker.name} exited before it was ready`);
      if (Date.now() > deadline) throw new Error(`${worker.name} logged nothing within ${READY_TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function lastLines(child) {
  return child.lines.length > 0
    ? child.lines
        .slice(-10)
        .map((line) => `    ${line}`)
        .join('\n')
    : '    (nothing)';
}

/** A URL without its password (the throwaway servers have none, but say so for any URL). */
function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function readOptions(fail) {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        apis: { type: 'string' },
        workers: { type: 'string' },
        'api-judges': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const what = /'([^']*)'/.exec(error.message)?.[1] ?? 'an argument';
    fail(`${what}: ${error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? 'missing its value' : 'unknown argument'} (see --help)`);
  }
  if (values.help) return 'help';
  const count = (flag, value, fallback, min, max) => {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
      fail(`--${flag}: must be a whole number from ${min} to ${max} (got ${value})`);
    return Number(value);
  };
  const apis = count('apis', values.apis, 2, 1, 16);
  const workers = count('workers', values.workers, 2, 0, 16);
  const apiJudges = count('api-judges', values['api-judges'], workers === 0 ? 1 : 0, 0, 64);
  if (workers === 0 && apiJudges === 0) fail('--api-judges: 0 with --workers 0 would leave nothing to judge submissions');
  return { apis, workers, apiJudges };
}
