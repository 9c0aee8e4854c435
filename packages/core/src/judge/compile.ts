import { transform } from 'sucrase';
import type { Language } from '../schema/verdict.js';
import type { CompileDiagnostic } from './schema.js';

export const USER_FILE: Record<Language, string> = { typescript: 'solution.ts', javascript: 'solution.js', python: 'solution.py' };

/** User code ready to load into a sandbox. Lines and columns are the user's own. */
export interface CompiledSource {
  readonly code: string;
  readonly filename: string;
}

export type CompileOutcome = { ok: true; compiled: CompiledSource } | { ok: false; diagnostic: CompileDiagnostic };

/**
 * Prepares a LeetCode-style script once per submission. TypeScript has its
 * types stripped by sucrase, which keeps every line and column where the user
 * wrote it (so V8's own syntax errors and stack traces need no source map);
 * JavaScript goes to V8 as written. The result stays a script, so top-level
 * `function`/`class` declarations are what the judge calls.
 */
export function compileSource(source: string, language: Language): CompileOutcome {
  const filename = USER_FILE[language];
  if (language === 'javascript') return { ok: true, compiled: { code: source, filename } };
  try {
    const { code } = transform(source, { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true });
    return { ok: true, compiled: { code, filename } };
  } catch (error) {
    const { message, loc } = error as Error & { loc?: { line: number; column: number } };
    return {
      ok: false,
      diagnostic: { message: message.replace(/\s*\(\d+:\d+\)$/, ''), line: loc?.line ?? 1, column: Math.max(1, loc?.column ?? 1) },
    };
  }
}

const FRAME = /^\s*at .*$/;

/**
 * Keeps only the stack frames in the user's file (never the judge's harness)
 * and returns the first user line.
 */
export function userStack(stack: string, compiled: CompiledSource): { stack: string; line?: number } {
  let firstLine: number | undefined;
  const pattern = new RegExp(`${compiled.filename.replace('.', '\\.')}:(\\d+):\\d+`);
  const lines = stack.split('\n').filter((line, i) => {
    if (!FRAME.test(line)) return i === 0;
    const match = pattern.exec(line);
    if (match) firstLine ??= Number(match[1]);
    return match !== null;
  });
  return { stack: lines.join('\n'), ...(firstLine === undefined ? {} : { line: firstLine }) };
}
