// Display tables that the browser app imports as values: this file must stay
// free of zod and of anything from Node, so `@mianjing/core/labels` can be bundled.
import type { Locale } from './schema/common.js';
import type { Verdict } from './schema/verdict.js';

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

/**
 * A text in the asked language, or in the other one when only that exists: a
 * pack's `Localized` has both, a user's `UserText` often only the one its
 * author wrote in.
 *
 * @example textIn({ zh: '一面' }, 'en') // '一面'
 */
export function textIn(text: { readonly zh?: string; readonly en?: string }, locale: Locale): string {
  return (locale === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? '';
}
