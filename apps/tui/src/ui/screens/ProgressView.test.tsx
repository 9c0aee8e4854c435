import { describe, expect, it } from 'vitest';
import { contentSolution, PROBLEMS } from '../../testing/content.js';
import { renderApp } from '../../testing/ink.js';

describe('progress', () => {
  it('shows what was solved by company and kind, and reloads with r', async () => {
    const app = renderApp({ screen: 'progress' });
    const before = await app.waitForText('By company');
    expect(before).toMatch(new RegExp(`Problems\\s+0/${PROBLEMS} solved, 0 attempted`));
    expect(before).toMatch(/Streak\s+0 days/);
    await app.backend.judge({
      problemId: 'sqrt-x',
      language: 'typescript',
      mode: 'submit',
      code: contentSolution('sqrt-x', 'reference.ts'),
    });
    await app.press('r');
    const after = await app.waitFor((frame) => new RegExp(`Problems\\s+1/${PROBLEMS} solved`).test(frame));
    expect(after).toMatch(/PDD \(Pinduoduo\)\s+███░░░░░░░░░\s+1\/4 solved/);
    expect(after).toMatch(/Submissions\s+1, 1 accepted \(100%\)/);
    expect(after).toMatch(/Streak\s+1 day\b/);
  });
});
