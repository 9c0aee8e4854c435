import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Config, configPath } from './settings.js';
import { type CliRun, runMj, tempDir } from './testing/cli.js';
import { contentSolution } from './testing/content.js';
import { startApiServer } from './testing/server.js';

/** What may differ between two runs of the same command: times, ids, durations, the work folder. */
function normalize(run: CliRun, work: string) {
  const clean = (text: string) =>
    text
      .replaceAll(work, '<work>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/\d+(\.\d+)? ms\b/g, 'N ms')
      .replace(/peak heap [\d.]+ MB/g, 'peak heap N MB')
      .replace(/"(timeMs|maxTimeMs|totalTimeMs|peakHeapMb)": [\d.e-]+/g, '"$1": N');
  return { code: run.code, stdout: clean(run.stdout), stderr: clean(run.stderr) };
}

describe('server mode', () => {
  let server: { origin: string; child: ChildProcess };
  const offline = { home: '', work: '' };
  const online = { home: '', work: '' };
  const mj = (side: typeof offline, args: readonly string[]) => runMj(args, { home: side.home, cwd: side.work });

  beforeAll(async () => {
    server = await startApiServer(tempDir('api-data'));
    for (const side of [offline, online]) {
      side.home = tempDir('home');
      side.work = tempDir('work');
      mkdirSync(join(side.work, 'mianjing'));
      writeFileSync(join(side.work, 'mianjing', 'sqrt-x.ts'), contentSolution('sqrt-x', 'reference.ts'));
      writeFileSync(join(side.work, 'round.js'), 'var mySqrt = function (x) { return Math.round(Math.sqrt(x)); };');
    }
  });
  afterAll(() => {
    server?.child.kill('SIGKILL');
  });

  it('signs up and keeps the server and token in config.json', async () => {
    const signup = await mj(online, ['signup', 'tester', '--server', `${server.origin}/api/v1/`]);
    expect(signup.code).toBe(0);
    expect(signup.stdout).toBe(`Signed up as tester on ${server.origin}; the token is saved in ${configPath(online.home)}\n`);
    const config = Config.parse(JSON.parse(readFileSync(configPath(online.home), 'utf8')));
    expect(config.server).toBe(server.origin);
    expect(config.token).toMatch(/^mj_/);
  });

  it('prints exactly what offline mode prints, command after command', async () => {
    const session: string[][] = [
      ['list'],
      ['list', '--json'],
      ['list', '--company', 'bytedance', '--lang', 'zh'],
      ['show', 'sqrt-x'],
      ['show', 'range-sum-2d', '--json'],
      ['show', 'no-such-problem'],
      ['interviews', '--company', 'kuaishou'],
      ['collections'],
      ['collections', 'cv-ml-canon', '--json'],
      ['list', '--collection', 'cv-ml-canon'],
      ['interviews', '--json'],
      ['answer', 'lora-param-count', '120832'],
      ['answer', 'lora-param-count', '1', '--json'],
      ['answer', 'dpo', '1'],
      ['review', 'dpo', 'good'],
      ['review', 'vit-vs-cnn', 'again', '--json'],
      ['review', '--json'],
      ['test', 'sqrt-x', 'round.js', '--input', '{"x": 15}'],
      ['test', 'sqrt-x', '--input', '{"y": 1}'],
      ['submit', 'sqrt-x', 'round.js'],
      ['submit', 'sqrt-x', '--json'],
      ['submit', 'sqrt-x'],
      ['start', 'jump-game'],
      ['list', '--status', 'solved'],
      ['show', 'sqrt-x', '--json'],
      ['progress'],
      ['progress', '--json'],
      ['collections', 'cv-ml-canon'],
      ['collections', 'no-such-collection'],
    ];
    for (const args of session) {
      const local = normalize(await mj(offline, args), offline.work);
      const remote = normalize(await mj(online, args), online.work);
      expect(remote, `mj ${args.join(' ')}`).toEqual(local);
    }
    // The session did what it says in both modes.
    const progress = JSON.parse((await mj(online, ['progress', '--json'])).stdout) as { problemStatus: unknown; reviews: { done: number } };
    expect(progress.problemStatus).toEqual({ 'sqrt-x': 'solved' });
    expect(progress.reviews.done).toBe(2);
  }, 300_000);

  it('takes the server and token as flags too, and reports a bad token', async () => {
    const token = Config.parse(JSON.parse(readFileSync(configPath(online.home), 'utf8'))).token ?? '';
    const elsewhere = tempDir('home');
    const run = await runMj(['--server', server.origin, '--token', token, 'list', '--status', 'solved'], { home: elsewhere });
    expect(run.stdout).toMatch(/^solved\s+sqrt-x/);
    const bad = await runMj(['progress'], { home: elsewhere, env: { MIANJING_SERVER: server.origin, MIANJING_TOKEN: 'mj_wrong' } });
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: 'mj: the token is not valid\n' });
    const offlineAnyway = await runMj(['--offline', 'progress', '--json'], { home: online.home });
    expect(JSON.parse(offlineAnyway.stdout).problemStatus).toEqual({});
  });
});
