import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { UserWriteupInput, WriteupView } from '@mianjing/core';
import { exportWriteup } from '@mianjing/writeups';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runMj, tempDir } from './testing/cli.js';
import { unsafeInOutput } from './testing/hostile.js';
import { startApiServer } from './testing/server.js';
import { runValidate } from './testing/validate.js';
import { hostileWriteup, zhWriteupText } from './testing/writeups.js';

/** Ids, times and folders differ between the two sides; everything else must not. */
const normalize = (run: CliRun, side: { work: string }) => {
  const clean = (text: string) =>
    text
      .replaceAll(side.work, '<work>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
  return { code: run.code, stdout: clean(run.stdout), stderr: clean(run.stderr) };
};
const withoutId = ({ id: _id, ...rest }: { id: string } & UserWriteupInput) => UserWriteupInput.parse(rest);

describe('mj writeup against a server', { timeout: 240_000 }, () => {
  let server: { origin: string; child: ChildProcess };
  const offline = { home: '', work: '' };
  const online = { home: '', work: '' };
  const mj = (side: typeof offline, ...args: string[]) => runMj(args, { home: side.home, cwd: side.work });

  beforeAll(async () => {
    server = await startApiServer(tempDir('api-data'));
    for (const side of [offline, online]) {
      side.home = tempDir('home');
      side.work = tempDir('work');
      writeFileSync(join(side.work, '面经.txt'), zhWriteupText);
      writeFileSync(join(side.work, 'hostile.yaml'), exportWriteup(hostileWriteup));
    }
    // The same name as the offline user, so "by …" reads the same on both sides.
    const signup = await mj(online, 'signup', userInfo().username.slice(0, 80) || 'me', '--server', server.origin);
    expect(signup.code).toBe(0);
  });
  afterAll(() => {
    server?.child.kill('SIGKILL');
  });

  it('drafts, saves, shows, exports and imports through the API, printing what offline mode prints', async () => {
    const ids = { offline: [] as string[], online: [] as string[] };
    const steps: ((side: typeof offline, mine: string[]) => string[])[] = [
      () => ['writeup', 'new', '--from-text', '面经.txt', '--dry-run'],
      () => ['writeup', 'new', '--from-text', '面经.txt', '--dry-run', '--json', '--lang', 'zh'],
      () => ['writeup', 'new', '--from-text', '面经.txt'],
      () => ['writeup', 'list'],
      (_side, mine) => ['writeup', 'show', mine[0] ?? '', '--lang', 'zh'],
      (_side, mine) => ['writeup', 'show', mine[0] ?? '', '--json'],
      (_side, mine) => ['writeup', 'export', mine[0] ?? ''],
      (_side, mine) => ['writeup', 'export', mine[0] ?? '', '-o', 'pdd.yaml'],
      () => ['writeup', 'import', 'pdd.yaml'],
      () => ['writeup', 'import', 'hostile.yaml', '--visibility', 'public'],
      () => ['writeup', 'list', '--json'],
      () => ['writeup', 'show', 'no-such-writeup'],
    ];
    for (const step of steps) {
      const runs: Record<'offline' | 'online', CliRun> = {} as never;
      for (const [name, side] of [
        ['offline', offline],
        ['online', online],
      ] as const) {
        const run = await mj(side, ...step(side, ids[name]));
        const saved = /write-up ([0-9a-f-]{36})/.exec(run.stdout)?.[1];
        if (saved) ids[name].push(saved);
        runs[name] = run;
      }
      const args = step(online, ids.online).join(' ');
      expect(normalize(runs.online, online), `mj ${args}`).toEqual(normalize(runs.offline, offline));
      expect(unsafeInOutput(runs.online.stdout), `mj ${args}`).toEqual([]);
    }

    // The round trip went through the server: the import is the write-up that was exported.
    const [created = '', imported = '', hostile = ''] = ids.online;
    const show = async (id: string) => WriteupView.parse(JSON.parse((await mj(online, 'writeup', 'show', id, '--json')).stdout)).writeup;
    expect(withoutId(await show(imported))).toEqual(withoutId(await show(created)));
    expect(withoutId(await show(hostile))).toEqual({ ...hostileWriteup, visibility: 'public' });
    const file = join(online.work, 'pdd.yaml');
    expect(await runValidate(file)).toMatchObject({ code: 0, stdout: `✓ write-up export in ${file} is valid\n` });
    expect(readFileSync(file, 'utf8')).toContain('format: mianjing-writeup/1');

    // Someone else reads the public hostile write-up from the server: nothing in it reaches their terminal.
    const reader = tempDir('home');
    const seen = await runMj(['--server', server.origin, 'writeup', 'show', hostile], { home: reader });
    expect(seen.code).toBe(0);
    expect(seen.stdout).toContain('面经 title␛]0;pwned␇');
    expect(unsafeInOutput(seen.stdout)).toEqual([]);
    const listed = await runMj(['--server', server.origin, 'writeup', 'list', '--public'], { home: reader });
    expect(listed.stdout).toContain(hostile);
    expect(unsafeInOutput(listed.stdout)).toEqual([]);
    const refused = await runMj(['--server', server.origin, 'writeup', 'list'], { home: reader });
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/^mj: this needs an account on the server/) });
  });
});
