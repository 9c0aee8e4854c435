import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/ink.js';
import { PROBLEMS } from '../testing/content.js';

describe('the app', () => {
  it('lays itself out again when the terminal is resized', async () => {
    const app = renderApp({ screen: 'problems' });
    const wide = await app.waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`);
    expect(wide).toContain('Linear regression by gradient descent');
    Object.defineProperty(app.stdout, 'columns', { value: 60, configurable: true });
    Object.defineProperty(app.stdout, 'rows', { value: 10, configurable: true });
    app.stdout.emit('resize');
    const narrow = await app.waitFor((frame) => !frame.includes('Linear regression by gradient descent'));
    const lines = narrow.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(lines.filter((l) => /^[› ] [·~✓] /.test(l))).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/^q quit · /);
  });
});
