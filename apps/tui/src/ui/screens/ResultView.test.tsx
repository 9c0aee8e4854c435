import { describe, expect, it } from 'vitest';
import { openOfflineBackend } from '../../backend/offline.js';
import { renderApp, testSettings } from '../../testing/ink.js';

describe('the result view', () => {
  it('shows the verdict, a row per test, and the failing test with the difference marked', async () => {
    const settings = testSettings();
    const backend = openOfflineBackend({ home: settings.home });
    const submission = await backend.judge({
      problemId: 'sqrt-x',
      language: 'javascript',
      mode: 'run',
      code: 'var mySqrt = function (x) { console.log("x =", x); return Math.round(Math.sqrt(x)); };',
      customInputs: [{ x: 15 }],
    });
    const app = renderApp({ screen: 'result', submission }, { settings, backend });
    const frame = await app.waitForText('Wrong Answer · 1/3 tests passed');
    expect(frame).toMatch(/#1\s+example\s+Accepted/);
    expect(frame).toMatch(/› #2\s+example\s+Wrong Answer/);
    expect(frame).toMatch(/#3\s+custom\s+Wrong Answer/);
    expect(frame).toContain('Test #2 (example): Wrong Answer');
    expect(frame).toContain('input     {"x":8}');
    expect(frame).toContain('expected  2\n');
    expect(frame).toContain('actual    3\n          ^');
    expect(frame).toContain('x = 8');

    await app.press('j');
    const custom = await app.waitForText('Test #3 (custom): Wrong Answer');
    expect(custom).toContain('input     {"x":15}');
    expect(custom).toContain('x = 15');
    await app.press('k', 'k');
    expect(await app.waitForText('Test #1 (example): Accepted')).toContain('actual    2');
  });

  it('shows a runtime error with its line', async () => {
    const settings = testSettings();
    const backend = openOfflineBackend({ home: settings.home });
    const code =
      'function mySqrt(x: number): number {\n  const parts: number[] = [];\n  return parts[0]!.toFixed() as unknown as number + (null as any).y;\n}';
    const submission = await backend.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'run', code });
    const app = renderApp({ screen: 'result', submission }, { settings, backend });
    const frame = await app.waitForText('Runtime Error · 0/2 tests passed');
    expect(frame).toMatch(/TypeError: .* \(line 3\)/);
  });
});
