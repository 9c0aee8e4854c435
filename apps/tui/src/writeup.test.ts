import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserWriteupInput, WriteupSummary, WriteupView } from '@mianjing/core';
import { exportWriteup, WriteupDraft } from '@mianjing/writeups';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CliRun, runMj, tempDir } from './testing/cli.js';
import { unsafeInOutput } from './testing/hostile.js';
import { runValidate } from './testing/validate.js';
import { hostileWriteup, zhWriteupText } from './testing/writeups.js';

const WriteupList = z.object({ items: z.array(WriteupSummary) }).strict();
const savedId = (run: CliRun) => /as private write-up (\S+)\n/.exec(run.stdout)?.[1] ?? '';
const withoutId = ({ id: _id, ...rest }: { id: string } & UserWriteupInput) => UserWriteupInput.parse(rest);

/** A failure is exit code 2 and exactly one line on stderr, starting with "mj: ". */
function expectFailure(run: CliRun, message: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^mj: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}

// Each test runs mj a few dozen times, each a fresh process opening the store.
describe('mj writeup, offline', { timeout: 240_000 }, () => {
  let home = '';
  let work = '';
  const mj = (...args: string[]) => runMj(args, { home, cwd: work });
  const textFile = join(tempDir('text'), '面经.txt');
  beforeAll(() => {
    home = tempDir('home');
    work = tempDir('work');
    writeFileSync(textFile, zhWriteupText);
  });

  it('drafts from pasted text, saying what it recognised and how sure, and saves nothing on --dry-run', async () => {
    const dry = await mj('writeup', 'new', '--from-text', textFile, '--dry-run', '--lang', 'zh');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^拼多多 CV 算法实习面经（已 oc）\s+\(line 1, \w+\)$/m);
    expect(dry.stdout).toMatch(/^05-14 {2}拼多多 · 1st · passed {2}\(r1: line 4, sure; company sure/m);
    expect(dry.stdout).toMatch(/^ {2}2\. problem sqrt-x: x 的平方根 {2}\[sure, leetcode-number, line 6\]$/m);
    expect(dry.stdout).toMatch(/^ {2}5\. own-problem r1-5: 合并区间 \(LeetCode 56\)/m);
    expect(dry.stdout).toMatch(/^Items: \d+ sure, \d+ likely, \d+ guessed/m);
    expect(dry.stdout).not.toContain('Saved');
    const json = WriteupDraft.parse(JSON.parse((await mj('writeup', 'new', '--from-text', textFile, '--dry-run', '--json')).stdout));
    expect(json.writeup.rounds.map((r) => r.items.map((i) => i.type))).toEqual([
      ['talk', 'problem', 'concept', 'own-concept', 'own-problem', 'talk'],
      ['talk', 'concept', 'problem'],
      ['talk', 'problem'],
    ]);
    expect((await mj('writeup', 'list')).stdout).toBe('no write-ups\n');
  });

  it('saves a private write-up, lists and shows it like the timeline, exports, validates and imports it back', async () => {
    const created = await mj('writeup', 'new', '--from-text', textFile);
    expect(created.code).toBe(0);
    const id = savedId(created);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const list = WriteupList.parse(JSON.parse((await mj('writeup', 'list', '--json')).stdout));
    expect(list.items.map((w) => [w.id, w.visibility, w.rounds, w.items])).toEqual([[id, 'private', 3, 11]]);
    expect((await mj('writeup', 'list')).stdout).toMatch(new RegExp(`^${id}\\s+private\\s+zh\\s+3 rounds, 11 items\\s+拼多多 CV`));
    const publicList = WriteupList.parse(JSON.parse((await mj('writeup', 'list', '--public', '--json')).stdout));
    expect(publicList.items.every((w) => w.curated)).toBe(true);

    const show = await mj('writeup', 'show', id, '--lang', 'zh');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(`id ${id} · private · zh · by `);
    expect(show.stdout).toMatch(
      /^05-14 {2}拼多多 · 1st · passed {2}\(r1\)\n {2}1\. talk self-introduction: 自我介绍\n {2}2\. problem sqrt-x: x 的平方根\n {7}note: 手撕：lc 69/m,
    );
    expect(show.stdout).toMatch(/^ {2}4\. own-concept r1-4: 问了 KV cache 为什么能加速推理？$/m);
    expect(show.stdout).toMatch(/^ {2}note: 面试官人很好。$/m);
    const view = WriteupView.parse(JSON.parse((await mj('writeup', 'show', id, '--json')).stdout));

    const file = join(work, 'pdd.yaml');
    const exported = await mj('writeup', 'export', id, '-o', file);
    expect(exported).toMatchObject({ code: 0, stdout: `${file}\n` });
    expect(readFileSync(file, 'utf8')).toMatch(/^# A Mianjing write-up.*\n\nformat: mianjing-writeup\/1\nid: pdd-cv-oc\n/);
    expect((await mj('writeup', 'export', id)).stdout).toBe(readFileSync(file, 'utf8'));
    expect(await runValidate(file)).toMatchObject({ code: 0, stdout: `✓ write-up export in ${file} is valid\n` });
    const folder = tempDir('export');
    expect((await mj('writeup', 'export', id, '-o', folder)).stdout).toBe(`${join(folder, 'writeups', 'pdd-cv-oc.yaml')}\n`);
    expect(await runValidate(folder)).toMatchObject({ code: 0 });

    const imported = await mj('writeup', 'import', file);
    expect(imported.code).toBe(0);
    const importedId = /write-up (\S+):/.exec(imported.stdout)?.[1] ?? '';
    expect(imported.stdout).toBe(`Imported pdd.yaml as private write-up ${importedId}: 3 rounds, 11 items\n`);
    const again = WriteupView.parse(JSON.parse((await mj('writeup', 'show', importedId, '--json')).stdout));
    expect(withoutId(again.writeup)).toEqual(withoutId(view.writeup));
    const shared = await mj('writeup', 'import', file, '--visibility', 'unlisted', '--json');
    expect(WriteupView.parse(JSON.parse(shared.stdout)).writeup.visibility).toBe('unlisted');
  });

  it("puts the author's own questions in their review deck: due in mj review, rated by their key", async () => {
    const id = savedId(await mj('writeup', 'new', '--from-text', textFile));
    const view = WriteupView.parse(JSON.parse((await mj('writeup', 'show', id, '--json')).stdout));
    const ownConcepts = view.writeup.rounds.flatMap((round) => round.items.filter((item) => item.type === 'own-concept'));
    expect(ownConcepts.length).toBeGreaterThan(0);
    const due = z
      .object({ items: z.array(z.object({ source: z.string(), key: z.string() }).passthrough()) })
      .parse(JSON.parse((await mj('review', '--json')).stdout));
    const own = due.items.filter((item) => item.source === 'writeup' && item.key.startsWith(`writeup:${id}:`));
    expect(own.map((item) => item.key).sort()).toEqual(ownConcepts.map((item) => `writeup:${id}:${item.id}`).sort());
    const key = own[0]?.key ?? '';
    const rated = await mj('review', key, 'good');
    expect(rated.code).toBe(0);
    expect(rated.stdout).toMatch(new RegExp(`^${key}: good; next review in `));
    const after = z
      .object({ items: z.array(z.object({ key: z.string() }).passthrough()) })
      .parse(JSON.parse((await mj('review', '--json')).stdout));
    expect(after.items.map((item) => item.key)).not.toContain(key);
  });

  it('refuses a corrupted file naming the field and line, as validate does', async () => {
    const file = join(work, 'broken.yaml');
    const good = exportWriteup(
      UserWriteupInput.parse(
        WriteupDraft.parse(JSON.parse((await mj('writeup', 'new', '--from-text', textFile, '--dry-run', '--json')).stdout)).writeup,
      ),
    );
    const line = good.split('\n').findIndex((l) => l.includes('id: sqrt-x')) + 1;
    writeFileSync(file, good.replace('id: sqrt-x', 'id: sqrt-z'));
    expectFailure(
      await mj('writeup', 'import', file),
      new RegExp(
        `broken.yaml is not a write-up file mj can import \\(rounds\\.0\\.items\\.1\\.id at line ${line}: no problem "sqrt-z" in the catalogue\\)`,
      ),
    );
    const validate = await runValidate(file);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(`broken.yaml:${line} → rounds.0.items.1.id: no problem "sqrt-z" in the catalogue`);
    writeFileSync(file, good.replace('label: 2nd', 'label: second'));
    expectFailure(await mj('writeup', 'import', file), /rounds\.1\.label at line \d+: Invalid option/);
  });

  it('prints no escape sequence from a write-up, in text, in colour, as JSON or as YAML', async () => {
    const file = join(work, 'hostile.yaml');
    writeFileSync(file, exportWriteup(hostileWriteup));
    const imported = await mj('writeup', 'import', file);
    expect(imported.code).toBe(0);
    const id = /write-up (\S+):/.exec(imported.stdout)?.[1] ?? '';
    const plain = await mj('writeup', 'show', id);
    expect(plain.code).toBe(0);
    expect(unsafeInOutput(plain.stdout)).toEqual([]);
    expect(plain.stdout).toContain('面经 title␛]0;pwned␇');
    expect(plain.stdout).toContain('rm -rf ~\n'); // the carriage return is a line break, nothing is printed over
    expect(plain.stdout).toContain('x�31mred');
    const coloured = await runMj(['writeup', 'show', id], { home, cwd: work, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stdout).toContain('\u001b[1m'); // mj's own bold is still there
    expect(unsafeInOutput(coloured.stdout)).toEqual([]);
    for (const args of [
      ['writeup', 'show', id, '--json'],
      ['writeup', 'export', id],
      ['writeup', 'list'],
      ['writeup', 'list', '--json'],
    ]) {
      const run = await mj(...args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(unsafeInOutput(run.stdout), args.join(' ')).toEqual([]);
    }
    const shown = WriteupView.parse(JSON.parse((await mj('writeup', 'show', id, '--json')).stdout));
    expect(withoutId(shown.writeup)).toEqual(hostileWriteup); // escaped for the terminal, not changed

    const pasted = join(work, 'hostile.txt');
    writeFileSync(pasted, `${zhWriteupText}\n- 问题\u001b]0;pwned\u0007？\n- \u009b2J清屏\r覆盖`);
    for (const args of [
      ['writeup', 'new', '--from-text', pasted, '--dry-run'],
      ['writeup', 'new', '--from-text', pasted],
    ]) {
      const run = await mj(...args);
      expect(run.code).toBe(0);
      expect(unsafeInOutput(run.stdout)).toEqual([]);
    }
  });

  it('answers mistakes with exit code 2 and one line naming what is wrong', async () => {
    expectFailure(await mj('writeup'), /missing <action>/);
    expectFailure(await mj('writeup', 'frob'), /unknown action "frob": use list, show, new, import, export/);
    expectFailure(await mj('writeup', 'show'), /missing <id>/);
    expectFailure(await mj('writeup', 'show', 'no-such-writeup'), /no write-up with id "no-such-writeup"/);
    expectFailure(await mj('writeup', 'new'), /new needs --from-text FILE/);
    expectFailure(
      await mj('writeup', 'new', '--from-text', join(work, 'missing.txt')),
      /cannot read the write-up text .*missing\.txt: no such file/,
    );
    expectFailure(await mj('writeup', 'import', join(work, 'missing.yaml')), /cannot read the write-up file/);
    expectFailure(await mj('writeup', 'import', textFile, '--visibility', 'everyone'), /invalid --visibility/);
    expectFailure(await mj('writeup', 'list', 'extra'), /unexpected argument "extra"/);
    expect(existsSync(join(work, 'missing.yaml'))).toBe(false);
  });
});
