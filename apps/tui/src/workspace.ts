import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Language, languageExtensions } from '@mianjing/core';

/** Extensions other than each language's own that name it. */
const ALIASES: Record<string, string> = { mts: 'ts', cts: 'ts', mjs: 'js', cjs: 'js' };

/** The judge language a file's extension names, if any. */
export function languageOfPath(path: string): Language | undefined {
  const extension = extname(path).slice(1).toLowerCase();
  const canonical = ALIASES[extension] ?? extension;
  return Language.options.find((language) => languageExtensions[language] === canonical);
}

/** `<workspace>/<problem-id>.<ext>`: where `mj start` and `e` put a solution. */
export const solutionPath = (workspace: string, problemId: string, language: Language) =>
  join(workspace, `${problemId}.${languageExtensions[language]}`);

/**
 * Writes the starter code for a problem into the workspace unless a file is
 * already there: existing work is never overwritten.
 */
export function writeStarter(
  workspace: string,
  problem: { readonly id: string; readonly starter: Partial<Record<Language, string>> },
  language: Language,
): { path: string; created: boolean } {
  const path = solutionPath(workspace, problem.id, language);
  if (existsSync(path)) return { path, created: false };
  mkdirSync(workspace, { recursive: true });
  try {
    writeFileSync(path, problem.starter[language] ?? '', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { path, created: false };
    throw error;
  }
  return { path, created: true };
}

/** The solution file for a problem in the workspace: the preferred language first, then any other. */
export function findSolution(workspace: string, problemId: string, preferred: Language): { path: string; language: Language } | undefined {
  for (const language of [preferred, ...Language.options.filter((l) => l !== preferred)]) {
    const path = solutionPath(workspace, problemId, language);
    if (existsSync(path)) return { path, language };
  }
  return undefined;
}

/** `$VISUAL`, else `$EDITOR`, else `vi` — the way git picks an editor. */
export const editorCommand = (env: NodeJS.ProcessEnv = process.env) => env.VISUAL || env.EDITOR || 'vi';

/**
 * Opens a file in the person's editor and waits for it to close. The editor
 * command goes through `sh` so values like `code --wait` work.
 */
export function openInEditor(path: string, env: NodeJS.ProcessEnv = process.env): { ok: true } | { ok: false; message: string } {
  const editor = editorCommand(env);
  const run = spawnSync('sh', ['-c', `${editor} "$1"`, 'sh', path], { stdio: 'inherit', env });
  if (run.error) return { ok: false, message: `could not start ${editor}: ${run.error.message}` };
  if (run.status !== 0) return { ok: false, message: `${editor} exited with ${run.status ?? run.signal}` };
  return { ok: true };
}
