import { describe, expect, it } from 'vitest';
import { keys, renderApp } from '../../testing/ink.js';

describe('the interview timeline', () => {
  it('goes from companies to rounds to what was asked, and opens a problem', async () => {
    const app = renderApp({ screen: 'companies' });
    const companies = await app.waitForText('PDD (Pinduoduo)');
    expect(companies).toMatch(/› PDD \(Pinduoduo\)\s+2 rounds/);
    expect(companies).toContain('ByteDance');

    await app.press(keys.enter);
    const rounds = await app.waitForText('Interview timeline › PDD (Pinduoduo)');
    expect(rounds).toMatch(/› 05-14\s+1st/);

    await app.press(keys.enter);
    const round = await app.waitForText('enter open problem or question');
    expect(round).toContain('self-introduction');
    expect(round).toMatch(/problem\s+sqrt-x: Integer square root/);

    await app.press('/', 's', 'q', 'r', 't', keys.enter, keys.enter);
    const problem = await app.waitForText('sqrt-x · Integer square root');
    expect(problem).toContain('Given a non-negative integer x, return ⌊√x⌋');
  });

  it('filters companies with / and opens a flashcard from a round', async () => {
    const app = renderApp({ screen: 'companies' });
    await app.waitForText('ByteDance');
    await app.press('/', 'b', 'y', 't', 'e', keys.enter);
    const filtered = await app.waitForText('/byte');
    expect(filtered).not.toContain('PDD');
    await app.press(keys.enter, keys.enter);
    await app.waitForText('enter open problem or question');
    await app.press('/', 'c', 'o', 'n', 'c', 'e', 'p', 't', keys.enter, keys.enter);
    const card = await app.waitForText('Flashcard · 1 of 1');
    expect(card).toContain('space show the answer');
  });
});
