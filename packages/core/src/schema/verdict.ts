import { z } from 'zod';

export const Verdict = z.enum([
  'Accepted',
  'WrongAnswer',
  'TimeLimitExceeded',
  'MemoryLimitExceeded',
  'RuntimeError',
  'CompileError',
  'OutputLimitExceeded',
  'InternalError',
]);
export type Verdict = z.infer<typeof Verdict>;

export { verdictLabels } from '../labels.js';

export const Language = z.enum(['typescript', 'javascript', 'python']);
export type Language = z.infer<typeof Language>;

export const languageExtensions: Record<Language, string> = {
  typescript: 'ts',
  javascript: 'js',
  python: 'py',
};
