import { z } from 'zod';
import type { Locale } from './common.js';

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

/** Display labels for verdicts, in both languages. */
export const verdictLabels: Record<Verdict, Record<Locale, string>> = {
  Accepted: { en: 'Accepted', zh: '通过' },
  WrongAnswer: { en: 'Wrong Answer', zh: '解答错误' },
  TimeLimitExceeded: { en: 'Time Limit Exceeded', zh: '超出时间限制' },
  MemoryLimitExceeded: { en: 'Memory Limit Exceeded', zh: '超出内存限制' },
  RuntimeError: { en: 'Runtime Error', zh: '执行出错' },
  CompileError: { en: 'Compile Error', zh: '编译出错' },
  OutputLimitExceeded: { en: 'Output Limit Exceeded', zh: '输出超限' },
  InternalError: { en: 'Internal Error', zh: '内部错误' },
};

export const Language = z.enum(['typescript', 'javascript']);
export type Language = z.infer<typeof Language>;

export const languageExtensions: Record<Language, string> = {
  typescript: 'ts',
  javascript: 'js',
};
