import { describe, expect, it } from 'vitest';
import { contentSolution, PROBLEMS } from '../../testing/content.js';
import { keys, renderApp } from '../../testing/ink.js';

const rows = (frame: string) => frame.split('\n').filter((line) => /^[› ] [·~✓] /.test(line));
const idOf = (row: string) => row.split(/\s+/)[2] ?? '';

describe('the problem list', () => {
  it('cycles the company, kind and difficulty filters and clears them', async () => {
    const app = renderApp({ screen: 'problems' });
    const shown = rows(await app.waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`)).map(idOf);
    // As many as fit on the screen, in the catalogue's order.
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).toEqual((await app.backend.listProblems({})).map((p) => p.id).slice(0, shown.length));

    await app.press('c');
    const pdd = await app.waitForText('c company: PDD (Pinduoduo)');
    expect(pdd).toContain(`Problems (4 of ${PROBLEMS})`);
    const atPdd = (await app.backend.listProblems({ company: 'pdd' })).map((p) => p.id);
    expect(rows(pdd).map((r) => r.split(/\s+/)[2])).toEqual(atPdd);

    await app.press('x', 't', 't', 't');
    const design = await app.waitForText('t kind: design');
    expect(rows(design).map(idOf)).toEqual((await app.backend.listProblems({ kind: 'design' })).map((p) => p.id));

    await app.press('x', 'd');
    const easy = await app.waitForText('d difficulty: easy');
    expect(rows(easy).every((r) => r.includes(' easy '))).toBe(true);
    await app.press('d', 'd', 'd');
    await app.waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`);
  });

  it('searches titles and tags with /, and opens the problem', async () => {
    const app = renderApp({ screen: 'problems' });
    await app.waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`);
    await app.press('/', 'a', 't', 't', 'e', 'n');
    const found = await app.waitForText('(2 matches)');
    expect(rows(found).map((r) => r.split(/\s+/)[2])).toEqual(['multi-head-attention', 'self-attention']);
    await app.press(keys.enter, 'j', keys.enter);
    await app.waitForText('self-attention · Single-head self-attention');
  });

  it('marks solved and attempted problems and filters by status', async () => {
    const app = renderApp({ screen: 'problems' });
    await app.backend.judge({
      problemId: 'sqrt-x',
      language: 'typescript',
      mode: 'submit',
      code: contentSolution('sqrt-x', 'reference.ts'),
    });
    await app.backend.judge({
      problemId: 'softmax',
      language: 'javascript',
      mode: 'run',
      code: 'var softmax = function (x) { return x; };',
    });
    await app.press('r', 's', 's');
    const attempted = await app.waitForText('s status: attempted');
    expect(rows(attempted).map((r) => r.slice(2, 3) + idOf(r))).toEqual(['~softmax']);
    await app.press('s');
    const solved = await app.waitForText('s status: solved');
    expect(rows(solved).map((r) => r.slice(2, 3) + idOf(r))).toEqual(['✓sqrt-x']);
    await app.press('s');
    await app.waitForText('s status: all');
    await app.waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`);
  });
});
