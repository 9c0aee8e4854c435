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

type Text = { readonly zh?: string; readonly en?: string };

/** What an own card shows: the author's concept item (`own-concept`) of a write-up. */
export interface OwnCardItem {
  readonly prompt: Text;
  readonly answer?: Text;
  readonly keyPoints: readonly Text[];
  readonly said?: Text;
}

/** A flashcard as every frontend shows it: a catalogue concept question, or an own card in the same shape. */
export interface CardFace {
  readonly kind: 'concept';
  /** The catalogue question's id, or the own card's key; what `POST /reviews` takes as `questionId`. */
  readonly id: string;
  readonly prompt: { zh: string; en: string };
  readonly answer: { zh: string; en: string };
  readonly keyPoints: { zh: string; en: string }[];
}

const ownCardWords = {
  noAnswer: { zh: '作者还没有写答案。', en: 'The author has not written an answer.' },
  said: { zh: '我当时的回答', en: 'What I said' },
} as const;

/**
 * An author's own concept item as a flashcard, shaped like a catalogue concept
 * question so the web app and the terminal show and rate both the same way: the
 * prompt on the front; the author's answer (and what they said in the
 * interview) and key points on the back, in the author's language where only
 * that one exists.
 *
 * @example ownCardFace('writeup:w1:why-bn', { prompt: { zh: 'BN 为什么有效？' }, keyPoints: [] }).answer.en // 'The author has not written an answer.'
 */
export function ownCardFace(key: string, item: OwnCardItem): CardFace {
  const both = (text: Text) => ({ zh: textIn(text, 'zh'), en: textIn(text, 'en') });
  const answer = (locale: Locale) => {
    const written = item.answer ? textIn(item.answer, locale) : ownCardWords.noAnswer[locale];
    const said = item.said ? `\n\n**${ownCardWords.said[locale]}:** ${textIn(item.said, locale)}` : '';
    return `${written}${said}`;
  };
  return {
    kind: 'concept',
    id: key,
    prompt: both(item.prompt),
    answer: { zh: answer('zh'), en: answer('en') },
    keyPoints: item.keyPoints.map(both),
  };
}
