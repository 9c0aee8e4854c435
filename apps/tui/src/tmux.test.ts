import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, tempDir } from './testing/cli.js';
import { contentSolution, PROBLEMS } from './testing/content.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) {
  console.warn('\n*** SKIPPING the interactive terminal test: tmux is not installed (apt-get install tmux) ***\n');
}

/** A tmux server of its own, so the test never touches anyone's sessions. */
const socket = `mj-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'mj').stdout;

async function waitForScreen(check: (text: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = screen();
    if (check(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const waitForText = (text: string, timeoutMs?: number) => waitForScreen((s) => s.includes(text), JSON.stringify(text), timeoutMs);
const keys = async (...names: string[]) => {
  for (const name of names) {
    tmux('send-keys', '-t', 'mj', name);
    await new Promise((resolve) => setTimeout(resolve, 80));
  }
};
const type = (text: string) => tmux('send-keys', '-t', 'mj', '-l', text);

afterAll(() => {
  if (hasTmux) tmux('kill-server');
});

describe.skipIf(!hasTmux)('the interactive app in a real terminal (tmux)', () => {
  it('opens a problem, writes the solution through $EDITOR, submits it and shows Accepted', async () => {
    const home = tempDir('home');
    const work = tempDir('work');
    const editorDir = tempDir('editor');
    writeFileSync(join(editorDir, 'solution.ts'), contentSolution('sqrt-x', 'reference.ts'));
    const editor = join(editorDir, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\ncp "${join(editorDir, 'solution.ts')}" "$1"\n`);
    chmodSync(editor, 0o755);
    mkdirSync(join(work, 'mianjing'));

    const started = tmux(
      'new-session',
      '-d',
      '-s',
      'mj',
      '-x',
      '100',
      '-y',
      '30',
      '-c',
      work,
      // A person at a terminal: CI runners set CI, which would make Ink skip interactive rendering.
      '-e',
      'CI=false',
      '-e',
      `MIANJING_HOME=${home}`,
      '-e',
      `EDITOR=${editor}`,
      '-e',
      'VISUAL=',
      `${process.execPath} ${cliPath}; echo "mj exited with $?"; sleep 60`,
    );
    expect(started.status, started.stderr).toBe(0);

    // A capture can fall between two writes of a frame, so every check waits for what it expects.
    await waitForScreen(
      (s) => s.includes('Mianjing 面经 — offline') && s.includes('q quit · ↑↓/jk move · enter open · / search'),
      'the menu',
    );
    await keys('j', 'Enter');
    await waitForText(`Problems (${PROBLEMS} of ${PROBLEMS})`);
    await keys('/');
    type('sqrt');
    await keys('Enter', 'Enter');
    await waitForText('sqrt-x · Integer square root');
    await waitForText('No solution yet: e writes mianjing/sqrt-x.ts');

    await keys('e');
    await waitForScreen(
      (s) => s.includes('Wrote mianjing/sqrt-x.ts: r runs the examples, s submits') && s.includes('sqrt-x · Integer square root'),
      'the problem after the editor',
    );
    expect(readFileSync(join(work, 'mianjing', 'sqrt-x.ts'), 'utf8')).toBe(contentSolution('sqrt-x', 'reference.ts'));

    await keys('s');
    await waitForScreen(
      (s) => s.includes('sqrt-x · submission · typescript') && /Accepted · (\d+)\/\1 tests passed/.test(s),
      'Accepted',
      60_000,
    );

    tmux('resize-window', '-t', 'mj', '-x', '60', '-y', '16');
    await waitForScreen(
      (s) => s.split('\n').length <= 17 && s.split('\n')[15]?.startsWith('q back · ↑↓/jk choose a test') === true && s.includes('Accepted'),
      'the footer on row 16 of the smaller terminal',
    );

    // Keys sent in one burst, as fast typing or a paste gives them: each reaches the screen it was meant for.
    tmux('send-keys', '-t', 'mj', 'q', 'q', 'q', 'k', 'Enter');
    await waitForText('› PDD (Pinduoduo)');
    tmux('send-keys', '-t', 'mj', 'q', 'q');
    await waitForScreen((s) => s.includes('mj exited with 0') && !s.includes('q quit'), 'mj to exit and give the screen back');
  }, 120_000);
});
