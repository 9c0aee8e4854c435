import { describe, expect, it } from 'vitest';
import { FLASHCARDS, PROBLEMS } from '../../testing/content.js';
import { keys, renderApp } from '../../testing/ink.js';

describe('the menu', () => {
  it('lists the sections with a footer of keys, opens one with enter and comes back with q', async () => {
    const app = renderApp({ screen: 'menu' });
    const frame = await app.waitForText(`${FLASHCARDS} due now`);
    expect(frame).toMatch(/Mianjing 面经 — offline/);
    for (const section of ['Interview timeline', 'Problems', 'Flashcards', 'Questions', 'Progress']) expect(frame).toContain(section);
    expect(frame).toContain('q quit · ↑↓/jk move · enter open · / search');

    await app.press('j', keys.enter);
    await app.waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`);
    expect(app.lastFrame()).toContain('q back');
    await app.press('q');
    const back = await app.waitForText('Interview timeline');
    expect(back).toMatch(/› Problems/);
  });

  it('takes keys that arrive together (typed fast or pasted) one by one', async () => {
    const app = renderApp({ screen: 'menu' });
    await app.waitForText('Progress');
    await app.press('jjj');
    await app.waitForText('› Questions');
    await app.press('kk\r');
    await app.waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`);
    await app.press('G\rqq');
    await app.waitForText('› Problems');
  });

  it('searches with / and leaves the app with q', async () => {
    const app = renderApp({ screen: 'menu' });
    await app.waitForText('Progress');
    await app.press('/', 'p', 'r', 'o', 'g');
    const frame = await app.waitForText('/prog▌');
    expect(frame).toContain('(1 match)');
    expect(frame).not.toContain('Flashcards');
    await app.press(keys.enter, keys.enter);
    await app.waitFor((frame) => new RegExp(`Problems\\s+0/${PROBLEMS} solved`).test(frame));
    await app.press('q', 'q');
    await app.waitFor(() => app.frames.length > 0);
  });
});
