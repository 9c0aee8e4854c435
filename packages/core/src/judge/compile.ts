import { type TransformFailure, transform } from 'esbuild';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import type { Language } from '../schema/verdict.js';
import type { CompileDiagnostic } from './schema.js';

export const USER_FILE: Record<Language, string> = { typescript: 'solution.ts', javascript: 'solution.js' };

/** User code ready to load into a sandbox, with a way back to the user's own lines. */
export interface CompiledSource {
  readonly code: string;
  readonly filename: string;
  /** Maps a generated line:column (1-based) back to the user's file. */
  readonly originalPosition: (line: number, column: number) => { line: number; column: number } | undefined;
}

export type CompileOutcome = { ok: true; compiled: CompiledSource } | { ok: false; diagnostic: CompileDiagnostic };

/**
 * Transpiles a LeetCode-style script (TypeScript types stripped, JavaScript
 * checked for syntax) once per submission. The result stays a script, so
 * top-level `function`/`class` declarations are what the judge calls.
 */
export async function compileSource(source: string, language: Language): Promise<CompileOutcome> {
  const filename = USER_FILE[language];
  try {
    const result = await transform(source, {
      loader: language === 'typescript' ? 'ts' : 'js',
      sourcefile: filename,
      sourcemap: 'external',
      target: 'es2022',
      logLevel: 'silent',
    });
    const map = new TraceMap(result.map);
    return {
      ok: true,
      compiled: {
        code: result.code,
        filename,
        originalPosition: (line, column) => {
          const position = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
          return position.line === null ? undefined : { line: position.line, column: (position.column ?? 0) + 1 };
        },
      },
    };
  } catch (error) {
    const first = (error as TransformFailure).errors?.[0];
    if (!first) throw error;
    return {
      ok: false,
      diagnostic: {
        message: first.text,
        line: first.location?.line ?? 1,
        column: (first.location?.column ?? 0) + 1,
      },
    };
  }
}

const FRAME = /^\s*at .*$/;

/**
 * Keeps only the stack frames in the user's file and rewrites their positions
 * to the user's own lines. Returns the trimmed stack and the first user line.
 */
export function mapStack(stack: string, compiled: CompiledSource): { stack: string; line?: number } {
  const pattern = new RegExp(`${compiled.filename.replace('.', '\\.')}:(\\d+):(\\d+)`, 'g');
  let firstLine: number | undefined;
  const lines = stack.split('\n').flatMap((line, i) => {
    if (!FRAME.test(line)) return i === 0 ? [line] : [];
    if (!line.includes(compiled.filename)) return [];
    return [
      line.replace(pattern, (_, l: string, c: string) => {
        const original = compiled.originalPosition(Number(l), Number(c));
        if (!original) return `${compiled.filename}:${l}:${c}`;
        firstLine ??= original.line;
        return `${compiled.filename}:${original.line}:${original.column}`;
      }),
    ];
  });
  return { stack: lines.join('\n'), ...(firstLine === undefined ? {} : { line: firstLine }) };
}
