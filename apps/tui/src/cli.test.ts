import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Progress, ProblemSummary, PublicProblem, ReviewCard, RoundView } from '@mianjing/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DueCard, PublicSubmission } from '@mianjing/core';
import { commands } from './commands/index.js';
import { type CliRun, runMj, tempDir } from './testing/cli.js';
import { contentSolution, FLASHCARDS, LORA_PARAMS, PROBLEMS } from './testing/content.js';

/** A failure is exit code 2 and exactly one line on stderr, starting with "mj: ". */
function expectUsageError(run: CliRun, message: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^mj: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}

const ListOutput = z.object({ items: z.array(ProblemSummary), total: z.number().int() }).strict();
const StrictSubmission = PublicSubmission.strict();
const Grade = z.object({ questionId: z.string(), correct: z.boolean(), given: z.number(), expected: z.number() }).passthrough();

describe('mj, run as a subprocess', () => {
  let home = '';
  let work = '';
  const mj = (...args: string[]) => runMj(args, { home, cwd: work });
  beforeAll(() => {
    home = tempDir('home');
    work = tempDir('work');
  });

  it('prints help for mj and for every command, with examples', async () => {
    const help = await mj('--help');
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.stdout).toMatch(new RegExp(`^  ${command.name}\\s+\\S`, 'm'));
    expect(help.stdout).toContain('Exit codes: 0 done');
    for (const command of commands) {
      const run = await mj(command.name, '--help');
      expect(run.code, command.name).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^usage: mj ${command.name}\\b`));
      expect(run.stdout).toMatch(/\nExamples:\n {2}mj /);
    }
    expect((await mj('help', 'submit')).stdout).toMatch(/^usage: mj submit/);
  });

  it('answers usage errors with exit code 2 and one line on stderr', async () => {
    expectUsageError(await mj('frobnicate'), /unknown command "frobnicate"/);
    expectUsageError(await mj('list', '--bogus'), /unknown flag --bogus \(see mj list --help\)/);
    expectUsageError(await mj('list', '--kind', 'recursive'), /invalid --kind: .*function.*in-place.*design/);
    expectUsageError(await mj('list', '--company'), /--company needs a value/);
    expectUsageError(await mj('list', 'extra'), /unexpected argument "extra"/);
    expectUsageError(await mj('show'), /missing <problem-id>/);
    expectUsageError(await mj('show', 'no-such-problem'), /no problem with id "no-such-problem"/);
    expectUsageError(await mj('--lang', 'fr', 'list'), /invalid --lang/);
    expectUsageError(await mj('--server', 'not a url', 'list'), /invalid --server/);
    expectUsageError(await mj('answer', 'lora-param-count', 'lots'), /"lots" is not a number/);
    expectUsageError(await mj('answer', 'no-such-question', '1'), /no question with id "no-such-question"/);
    expectUsageError(await mj('review'), /needs a terminal/);
    expectUsageError(await mj('review', 'dpo', 'meh'), /invalid rating "meh"/);
    expectUsageError(await mj(), /the interactive app needs a terminal/);
  });

  it('lists problems, filtered, as text and as the API’s JSON', async () => {
    const text = await mj('list', '--company', 'kuaishou');
    expect(text.code).toBe(0);
    expect(
      text.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/)[1]),
    ).toEqual(['range-sum-2d', 'remove-k-digits']);
    expect(text.stdout).toMatch(/^new\s+range-sum-2d\s+medium\s+design\s+2-D range sum query/m);

    const json = ListOutput.parse(JSON.parse((await mj('list', '--json')).stdout));
    expect(json.total).toBe(PROBLEMS);
    expect(json.items.map((p) => p.id)).toContain('sqrt-x');
    const design = ListOutput.parse(JSON.parse((await mj('list', '--kind', 'design', '--json')).stdout));
    expect(design.items.map((p) => p.id)).toContain('range-sum-2d');
    expect(design.items.every((p) => p.kind === 'design')).toBe(true);
    const searched = ListOutput.parse(JSON.parse((await mj('list', '--search', '平方根', '--json')).stdout));
    expect(searched.items.map((p) => p.id)).toEqual(['sqrt-x']);
    expect((await mj('list', '--company', 'tencent')).stdout).toBe('no problems match\n');
  });

  it('shows a problem in either language, and as JSON without hidden tests', async () => {
    const en = await mj('show', 'sqrt-x');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Integer square root  (sqrt-x)');
    expect(en.stdout).toContain('return ⌊√x⌋');
    expect(en.stdout).toContain('input:  x = 8');
    const zh = await mj('show', 'sqrt-x', '--lang', 'zh');
    expect(zh.stdout).toContain('x 的平方根');
    const json = JSON.parse((await mj('show', 'sqrt-x', '--json')).stdout);
    const problem = PublicProblem.strict().parse(json);
    expect(problem.editorial).toBeNull();
    expect(JSON.stringify(json)).not.toContain('reference');
    expect(PublicProblem.parse(JSON.parse((await mj('show', 'sqrt-x', '--editorial', '--json')).stdout)).editorial).not.toBeNull();
  });

  it('writes the starter file, never over existing work', async () => {
    const first = await mj('start', 'sqrt-x');
    expect(first).toEqual({ code: 0, stdout: `${join(work, 'mianjing', 'sqrt-x.ts')}\n`, stderr: '' });
    expect(readFileSync(join(work, 'mianjing', 'sqrt-x.ts'), 'utf8')).toContain('function mySqrt(x: number): number');
    writeFileSync(join(work, 'mianjing', 'sqrt-x.ts'), '// my work\n');
    const again = await mj('start', 'sqrt-x');
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('mj: kept the existing mianjing/sqrt-x.ts\n');
    expect(readFileSync(join(work, 'mianjing', 'sqrt-x.ts'), 'utf8')).toBe('// my work\n');
    const js = await mj('start', 'sqrt-x', '--language', 'javascript', '--json');
    expect(JSON.parse(js.stdout)).toEqual({ path: join(work, 'mianjing', 'sqrt-x.js'), created: true });
    expectUsageError(await mj('start', 'sqrt-x', '--language', 'cobol'), /invalid --language/);
  });

  it('judges files offline: a wrong one rejected with exit 1, the reference Accepted with exit 0', async () => {
    writeFileSync(join(work, 'mianjing', 'sqrt-x.ts'), contentSolution('sqrt-x', 'reference.ts'));
    writeFileSync(join(work, 'round.js'), 'var mySqrt = function (x) { return Math.round(Math.sqrt(x)); };');

    const tested = await mj('test', 'sqrt-x', 'round.js', '--input', '{"x": 15}');
    expect(tested.code).toBe(1);
    expect(tested.stdout).toMatch(/^Wrong Answer · 1\/3 tests passed · sqrt-x · javascript · run/);
    expect(tested.stdout).toContain('expected  2\n  actual    3\n            ^');

    const wrong = await mj('submit', 'sqrt-x', 'round.js', '--json');
    expect(wrong.code).toBe(1);
    const rejected = StrictSubmission.parse(JSON.parse(wrong.stdout));
    expect(rejected.result?.verdict).toBe('WrongAnswer');
    expect(rejected.mode).toBe('submit');

    const right = await mj('submit', 'sqrt-x');
    expect(right.code).toBe(0);
    expect(right.stdout).toMatch(/^Accepted · (\d+)\/\1 tests passed · sqrt-x · typescript · submit/);

    const json = StrictSubmission.parse(JSON.parse((await mj('test', 'sqrt-x', '--json')).stdout));
    expect(json.result?.verdict).toBe('Accepted');
    expect(json.result?.tests.map((t) => t.group)).toEqual(['example', 'example']);
  });

  it('refuses what cannot be judged with exit code 2', async () => {
    writeFileSync(join(work, 'notes.txt'), 'hello');
    writeFileSync(join(work, 'empty.ts'), '  \n');
    expectUsageError(await mj('submit', 'sqrt-x', 'missing.ts'), /no file missing\.ts/);
    expectUsageError(await mj('submit', 'no-such-problem', 'round.js'), /no problem with id "no-such-problem"/);
    expectUsageError(await mj('submit', 'sqrt-x', 'notes.txt'), /cannot tell the language of notes\.txt/);
    expectUsageError(await mj('submit', 'sqrt-x', 'empty.ts'), /empty\.ts is empty/);
    expectUsageError(await mj('submit', 'jump-game'), /no solution for jump-game in mianjing\/; run mj start jump-game first/);
    expectUsageError(await mj('test', 'sqrt-x', '--input', '{x: 1}'), /--input #1 is not JSON/);
    expectUsageError(await mj('test', 'sqrt-x', '--input', '{"y": 1}'), /a custom input does not fit the problem signature/);
  });

  it('grades numeric answers: exit 0 when right, 1 when wrong', async () => {
    const right = await mj('answer', 'lora-param-count', LORA_PARAMS.toLocaleString('en'));
    expect(right.code).toBe(0);
    expect(right.stdout).toMatch(new RegExp(`^Correct: ${LORA_PARAMS} parameters\n`));
    const wrong = await mj('answer', 'lora-param-count', '4096', '--json');
    expect(wrong.code).toBe(1);
    expect(Grade.parse(JSON.parse(wrong.stdout))).toMatchObject({ correct: false, given: 4096, expected: LORA_PARAMS });
  });

  it('records reviews and lists the cards that are due', async () => {
    const before = z.object({ items: z.array(DueCard), count: z.number() }).parse(JSON.parse((await mj('review', '--json')).stdout));
    expect(before.count).toBe(FLASHCARDS);
    const rated = await mj('review', 'dpo', 'good');
    expect(rated.code).toBe(0);
    expect(rated.stdout).toMatch(/^dpo: good; next review in 10 minutes \(\S+\)\n$/);
    const card = ReviewCard.parse(JSON.parse((await mj('review', 'vit-vs-cnn', 'easy', '--json')).stdout));
    expect(card.phase).toBe('review');
    const after = z.object({ items: z.array(DueCard), count: z.number() }).parse(JSON.parse((await mj('review', '--json')).stdout));
    expect(after.count).toBe(FLASHCARDS - 2);
    expectUsageError(await mj('review', 'lora-param-count', 'good'), /numeric question/);
  });

  it('shows progress and the timeline', async () => {
    const progress = Progress.parse(JSON.parse((await mj('progress', '--json')).stdout));
    expect(progress.problems).toMatchObject({ solved: 1, attempted: 1 });
    expect(progress.problemStatus).toEqual({ 'sqrt-x': 'solved' });
    expect(progress.numeric).toEqual({ answered: 2, correct: 1 });
    expect(progress.reviews.done).toBe(2);
    const text = await mj('progress');
    expect(text.stdout).toMatch(new RegExp(`^Problems\\s+1/${PROBLEMS} solved, 1 attempted$`, 'm'));
    expect(text.stdout).toMatch(/^Streak\s+1 day$/m);

    const solved = await mj('list', '--status', 'solved');
    expect(solved.stdout).toMatch(/^solved\s+sqrt-x\s+easy/);

    const rounds = z.object({ items: z.array(RoundView) }).parse(JSON.parse((await mj('interviews', '--json')).stdout));
    expect(rounds.items.length).toBeGreaterThan(10);
    const pdd = await mj('interviews', '--company', 'pdd');
    expect(pdd.stdout).toMatch(/^05-14 {2}PDD \(Pinduoduo\) · 1st · Recommendation · passed {2}\(pdd-r1\)$/m);
    expect(pdd.stdout).toMatch(/^ {2}\d+\. problem sqrt-x: Integer square root$/m);
  });

  it('lists collections and shows one with progress per section; lists its problems', async () => {
    const listed = await mj('collections');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^The CV\/ML hand-coding canon {2}\(cv-ml-canon\)$/m);
    expect(listed.stdout).toMatch(/^ {2}layers\s+Layers\s+\d+p \d+q$/m);

    writeFileSync(join(work, 'softmax.ts'), contentSolution('softmax', 'reference.ts'));
    expect((await mj('submit', 'softmax', 'softmax.ts')).code).toBe(0);
    const shown = await mj('collections', 'cv-ml-canon');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Layers {2}\(layers\)\n {2}[█░]+ 1\/\d+ solved, 0\/\d+ questions done$/m);
    expect(shown.stdout).toMatch(/^ {2}✓\s+problem\s+softmax\s+Numerically stable softmax$/m);
    expect(shown.stdout).toMatch(/^\s+problem\s+layer-norm\s+/m);
    const zh = await mj('collections', 'cv-ml-canon', '--lang', 'zh');
    expect(zh.stdout).toContain('CV/ML 手撕题经典合集');

    const view = JSON.parse((await mj('collections', 'cv-ml-canon', '--json')).stdout) as {
      progress: { id: string; problems: { solved: number } }[];
    };
    expect(view.progress.find((s) => s.id === 'layers')?.problems.solved).toBe(1);
    const inCollection = ListOutput.parse(JSON.parse((await mj('list', '--collection', 'cv-ml-canon', '--json')).stdout));
    expect(inCollection.items.map((p) => p.id)).toContain('softmax');
    expect(inCollection.items.every((p) => p.collections.includes('cv-ml-canon'))).toBe(true);
    expect(inCollection.items.map((p) => p.id)).not.toContain('sqrt-x');

    expectUsageError(await mj('collections', 'no-such-collection'), /no collection with id "no-such-collection"/);
    expectUsageError(await mj('collections', 'a', 'b'), /unexpected argument "b"/);
    expectUsageError(await mj('list', '--collection', 'Bad Id'), /invalid --collection/);
  });

  it('keeps settings in config.json and checks them', async () => {
    expect((await mj('config', 'set', 'lang', 'zh')).code).toBe(0);
    expect((await mj('show', 'sqrt-x')).stdout).toContain('x 的平方根');
    expect((await mj('--lang', 'en', 'show', 'sqrt-x')).stdout).toContain('Integer square root');
    expect((await mj('config', 'unset', 'lang')).stdout).toContain('(empty: offline, defaults)');
    expectUsageError(await mj('config', 'set', 'server', 'ftp://example.com'), /invalid server/);
    expectUsageError(await mj('config', 'set', 'colour', 'blue'), /unknown key "colour"/);
    writeFileSync(join(home, 'config.json'), '{"language": "cobol"}');
    expectUsageError(await mj('list'), /config\.json → language: /);
    writeFileSync(join(home, 'config.json'), '{}');
  });

  it('reaches no server when none answers, with exit code 2', async () => {
    expectUsageError(await mj('--server', 'http://127.0.0.1:9', 'list'), /cannot reach the Mianjing server at http:\/\/127\.0\.0\.1:9/);
    expectUsageError(await mj('--server', 'http://127.0.0.1:9', 'progress'), /needs an account on the server/);
  });
});
