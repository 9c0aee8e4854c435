import { z } from 'zod';
import { Language, languageExtensions } from '../schema/verdict.js';
import type { PythonRunner } from './python/runner.js';

/** A language the judge offers, and whether it can be used here. */
export const LanguageInfo = z.object({
  id: Language,
  name: z.string(),
  available: z.boolean(),
  /** Why the language cannot be used here, when it cannot. */
  reason: z.string().nullable(),
  fileExtension: z.string(),
});
export type LanguageInfo = z.infer<typeof LanguageInfo>;

const NAMES: Record<Language, string> = { typescript: 'TypeScript', javascript: 'JavaScript', python: 'Python 3' };

/**
 * Every judge language with its availability. TypeScript and JavaScript run
 * in-process and are always there; Python needs Debian's python3 with numpy and
 * a bubblewrap sandbox (checked once per process, then cached).
 */
export async function listLanguages(python: PythonRunner): Promise<LanguageInfo[]> {
  const runtime = await python.runtime();
  return Language.options.map((id) => {
    const pythonReason = runtime.available ? null : runtime.reason;
    const reason = id === 'python' ? pythonReason : null;
    return { id, name: NAMES[id], available: reason === null, reason, fileExtension: languageExtensions[id] };
  });
}
