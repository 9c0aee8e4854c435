import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/cli.js';
import { contentSolution } from '../../testing/content.js';
import { renderApp } from '../../testing/ink.js';

const savedEditor = { VISUAL: process.env.VISUAL, EDITOR: process.env.EDITOR };
afterEach(() => {
  for (const [name, value] of Object.entries(savedEditor)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** An $EDITOR that replaces the file with `source` (a scripted person at the keyboard). */
function scriptedEditor(source: string): string {
  const dir = tempDir('editor');
  writeFileSync(join(dir, 'solution'), source);
  const script = join(dir, 'editor.sh');
  writeFileSync(script, `#!/bin/sh\necho "$1" >> "${dir}/opened"\ncp "${dir}/solution" "$1"\n`);
  chmodSync(script, 0o755);
  return script;
}

beforeEach(() => {
  delete process.env.VISUAL;
});

describe('the problem view', () => {
  it('shows the statement rendered for the terminal, the examples and the limits, and scrolls', async () => {
    const app = renderApp({ screen: 'problem', id: 'layer-norm' });
    const frame = await app.waitForText('layer-norm · Layer normalisation (forward pass)');
    expect(frame).toContain('γ, β ∈ ℝᵈ');
    expect(frame).toContain('Limits: 1000 ms per test');
    expect(frame).toContain('No solution yet: e writes mianjing/layer-norm.ts');
    expect(frame).toContain('q quit · e edit · r run examples · s submit · l language: typescript');
    expect(frame).not.toContain('Example 2');
    await app.press(' ', ' ');
    expect(await app.waitForText('Example 2')).not.toContain('easy · function');
  });

  it('writes the starter, opens $EDITOR, runs the examples and submits to Accepted', async () => {
    process.env.EDITOR = scriptedEditor(contentSolution('sqrt-x', 'reference.ts'));
    const app = renderApp({ screen: 'problem', id: 'sqrt-x' });
    await app.waitForText('sqrt-x · Integer square root');
    await app.press('r');
    await app.waitForText('No solution yet: e writes mianjing/sqrt-x.ts and opens your editor');

    await app.press('e');
    await app.waitForText('Wrote mianjing/sqrt-x.ts: r runs the examples, s submits');
    const file = join(app.settings.workspace, 'sqrt-x.ts');
    expect(readFileSync(file, 'utf8')).toBe(contentSolution('sqrt-x', 'reference.ts'));

    await app.press('r');
    const run = await app.waitForText('run on the examples');
    expect(run).toMatch(/Accepted · 2\/2 tests passed/);
    await app.press('q');
    await app.waitForText('Solution: mianjing/sqrt-x.ts (typescript)');
    await app.press('s');
    const submitted = await app.waitForText('sqrt-x · submission · typescript', 30_000);
    expect(submitted).toMatch(/Accepted · \d+\/\d+ tests passed/);
    expect(app.frames.some((frame) => /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Judging on every test: mianjing\/sqrt-x\.ts/.test(frame))).toBe(true);
  });

  it('never overwrites existing work and judges in the chosen language', async () => {
    process.env.EDITOR = 'true';
    const app = renderApp({ screen: 'problem', id: 'sqrt-x' });
    const file = join(app.settings.workspace, 'sqrt-x.js');
    await app.waitForText('sqrt-x · Integer square root');
    await app.press('l');
    await app.waitForText('l language: javascript');
    await app.press('e');
    await app.waitForText('Wrote mianjing/sqrt-x.js');
    writeFileSync(file, 'var mySqrt = function (x) { return x; };');
    await app.press('e');
    await app.waitForText('Edited mianjing/sqrt-x.js');
    expect(readFileSync(file, 'utf8')).toBe('var mySqrt = function (x) { return x; };');
    expect(existsSync(join(app.settings.workspace, 'sqrt-x.ts'))).toBe(false);
    await app.press('s');
    const result = await app.waitForText('sqrt-x · submission · javascript', 30_000);
    expect(result).toContain('Wrong Answer');
  });

  it('says so when the editor fails, and where the file is', async () => {
    process.env.EDITOR = 'false';
    const app = renderApp({ screen: 'problem', id: 'sqrt-x' });
    await app.waitForText('sqrt-x · Integer square root');
    await app.press('e');
    await app.waitForText('false exited with 1; your file is mianjing/sqrt-x.ts');
  });
});
