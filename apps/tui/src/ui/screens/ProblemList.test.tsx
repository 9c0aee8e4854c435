import { describe, expect, it } from 'vitest';
import { contentSolution } from '../../testing/content.js';
import { keys, renderApp } from '../../testing/ink.js';


const rows = (frame: string) => frame.split('\n').filter((line) => /^[› ] [·~✓] /.test(line));

describe('the problem list', () => {
  it('cycles the company, kind and difficulty filters and clears them', async () => {
    const app = renderApp({ screen: 'problems' });
    expect(rows(await app.waitForText('Problems (17 of 17)'))).toHaveLength(17);

    await app.press('c');
    const pdd = await app.waitForText('c company: PDD (Pinduoduo)');
    expect(pdd).toContain('Problems (4 of 17)');
    const atPdd = (await app.backend.listProblems({ company: 'pdd' })).map((p) => p.id);
    expect(rows(pdd).map((r) => r.split(/\s+/)[2])).toEqual(atPdd);

    await app.press('x', 't', 't', 't');
    const design = await app.waitForText('t kind: design');
    expect(rows(design).map((r) => r.split(/\s+/)[2])).toEqual(['range-sum-2d']);

    await app.press('x', 'd');
    const easy = await app.waitForText('d difficulty: easy');
    expect(rows(easy).every((r) => r.includes(' easy '))).toBe(true);
    await app.press('d', 'd', 'd');
    await app.waitForText('Problems (17 of 17)');
  });

  it('searches titles and tags with /, and opens the problem', async () => {
    const app = renderApp({ screen: 'problems' });
    await app.waitForText('Problems (17 of 17)');
    await app.press('/', 'a', 't', 't', 'e', 'n');
    const found = await app.waitForText('(2 matches)');
    expect(rows(found).map((r) => r.split(/\s+/)[2])).toEqual(['multi-head-attention', 'self-attention']);
    await app.press(keys.enter, 'j', keys.enter);
    await app.waitForText('self-attention · Single-head self-attention');
  });

  it('marks solved and attempted problems and filters by status', async () => {
    const app = renderApp({ screen: 'problems' });
    await app.backend.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: contentSolution('sqrt-x', 'reference.ts') });
    await app.backend.judge({ problemId: 'softmax', language: 'javascript', mode: 'run', code: 'var softmax = function (x) { return x; };' });
    await app.press('r');
    const frame = await app.waitForText('✓ sqrt-x');
    expect(frame).toMatch(/~ softmax/);
    await app.press('s', 's', 's');
    const solved = await app.waitForText('s status: solved');
    expect(rows(solved)).toHaveLength(1);
    await app.press('s');
    const fresh = await app.waitForText('s status: all');
    expect(rows(fresh)).toHaveLength(17);
  });
});
