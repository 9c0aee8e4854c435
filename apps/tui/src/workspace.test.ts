import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './testing/cli.js';
import { editorCommand, findSolution, languageOfPath, openInEditor, writeStarter } from './workspace.js';

const problem = {
  id: 'sqrt-x',
  starter: { typescript: 'function mySqrt(x: number): number {\n\n}\n', javascript: 'var mySqrt = function(x) {\n\n};\n' },
};

describe('the workspace', () => {
  it('writes the starter once and never overwrites work', () => {
    const workspace = join(tempDir('ws'), 'mianjing');
    const first = writeStarter(workspace, problem, 'typescript');
    expect(first).toEqual({ path: join(workspace, 'sqrt-x.ts'), created: true });
    writeFileSync(first.path, 'my work');
    expect(writeStarter(workspace, problem, 'typescript').created).toBe(false);
    expect(readFileSync(first.path, 'utf8')).toBe('my work');
  });

  it('finds the solution in the preferred language first, else any', () => {
    const workspace = tempDir('ws');
    expect(findSolution(workspace, 'sqrt-x', 'typescript')).toBeUndefined();
    writeStarter(workspace, problem, 'javascript');
    expect(findSolution(workspace, 'sqrt-x', 'typescript')?.language).toBe('javascript');
    writeStarter(workspace, problem, 'typescript');
    expect(findSolution(workspace, 'sqrt-x', 'typescript')?.language).toBe('typescript');
  });

  it('tells the language from the extension', () => {
    expect(languageOfPath('a/b.ts')).toBe('typescript');
    expect(languageOfPath('b.MJS')).toBe('javascript');
    expect(languageOfPath('b.txt')).toBeUndefined();
  });

  it('opens $VISUAL before $EDITOR, through the shell, and reports a failing editor', () => {
    expect(editorCommand({ VISUAL: 'code --wait', EDITOR: 'vim' })).toBe('code --wait');
    expect(editorCommand({ EDITOR: 'nano' })).toBe('nano');
    const file = join(tempDir('ws'), 'with space.ts');
    writeFileSync(file, '');
    expect(openInEditor(file, { ...process.env, EDITOR: 'printf done >' })).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('done');
    expect(openInEditor(file, { ...process.env, EDITOR: 'false' })).toEqual({ ok: false, message: 'false exited with 1' });
  });
});
