import type { TalkTopic } from '@mianjing/core';
import { type CatalogueIndex, type Keyword, type ProblemName, readLeetcodeNumber } from './catalogue-index.js';
import type { Confidence, Recognition } from './draft.js';
import { residualOf } from './heading.js';
import { type NormalisedLine, textOfNorm } from './normalise.js';
import { type Found, type LineMatches, within } from './scan.js';
import { hasCodeIn, hasWords, outsideBrackets, type Span, trimSeparators } from './structure.js';

/** A coding question found in a clause: a catalogue problem, or the author's own. */
export interface CodingTarget {
  readonly problemId?: string;
  /** LeetCode's number as it is usually written (`206`, `LCR 013`, `面试题 01.07`). */
  readonly leetcode?: string;
  readonly url?: string;
  /** Where the title is, for an own problem. */
  readonly title?: Span;
  readonly recognised: Recognition;
  readonly confidence: Confidence;
  readonly matched?: string;
}

export type ClauseClass =
  | { readonly kind: 'talk'; readonly topic: TalkTopic; readonly confidence: Confidence }
  | { readonly kind: 'coding'; readonly targets: readonly CodingTarget[] }
  /** A coding phrase with nothing after it (`手撕：`): the list that follows is coding. */
  | { readonly kind: 'coding-marker' }
  | { readonly kind: 'question' }
  | { readonly kind: 'plain' };

export interface ClauseContext {
  /** The clause starts a list item. */
  readonly bullet: boolean;
  /** The clause is a whole sentence ending in `?`, or follows `Q:`. */
  readonly question: boolean;
  /** A list under `手撕：` or in a written test: list items are coding. */
  readonly codingList: boolean;
  /** The clause before, in the same sentence, was coding (`线性回归,逻辑回归,用numpy手搓`). */
  readonly afterCoding: boolean;
}

function formatLeetcode(key: string): string {
  const [series, number = ''] = key.split(':');
  switch (series) {
    case 'lcr':
      return `LCR ${number.padStart(3, '0')}`;
    case 'interview': {
      const [a = '', b = ''] = number.split('.');
      return `面试题 ${a.padStart(2, '0')}.${b.padStart(2, '0')}`;
    }
    case 'offer':
      return `剑指 Offer ${number}`;
    case 'offer-ii':
      return `剑指 Offer II ${number.padStart(3, '0')}`;
    default:
      return number;
  }
}

const separators = ' :.、-—~=>|#';

function talkAt(talk: readonly Found<Keyword>[], topic: TalkTopic): Found<Keyword> | undefined {
  for (const k of talk) if (k.meaning.kind === 'talk' && k.meaning.topic === topic) return k;
  return undefined;
}

function nearStart(k: Found<Keyword>, clause: Span): boolean {
  return k.start - clause.start <= 8;
}

/**
 * Decides what a clause is, in this order: reverse questions (反问); coding
 * (a LeetCode number or link, a coding phrase, or a catalogue problem's name
 * outside a question); a self-introduction; a question (a `?` or a question
 * word) unless it is only a talk keyword with a few words around it
 * (`讲一下你的论文`); another talk keyword; a list item of a coding list;
 * otherwise plain text.
 */
export function classifyClause(
  line: NormalisedLine,
  clause: Span,
  matches: LineMatches,
  index: CatalogueIndex,
  context: ClauseContext,
): ClauseClass {
  const { norm } = line;
  const keywords = within(matches.keywords, clause.start, clause.end);
  const problems = matches.problems.length === 0 ? [] : within(matches.problems, clause.start, clause.end);
  // One walk over the clause's keywords: talk, coding phrases, LeetCode markers, question words.
  let talkKeywords: Found<Keyword>[] | undefined;
  let lastPhrase: Found<Keyword> | undefined;
  let weakCoding = false;
  let lcHint = false;
  const refs: LeetcodeRef[] = [];
  for (const k of keywords) {
    const meaning = k.meaning;
    if (meaning.kind === 'talk') (talkKeywords ??= []).push(k);
    else if (meaning.kind === 'coding') {
      if (meaning.strong) lastPhrase = k;
      else weakCoding = true;
    } else if (meaning.kind === 'leetcode') {
      const number = readLeetcodeNumber(norm, k.end, meaning.series);
      if (number && number.end <= clause.end)
        refs.push({ key: number.key, text: textOfNorm(line, k.start, number.end), start: k.start, end: number.end, marked: true });
      if (meaning.series === 'lc' || meaning.series === 'hot100') lcHint = true;
    }
  }
  // A talk word in brackets is a remark (…事后的反问中也确认了…), not what the clause is.
  const talk = talkKeywords ? outsideBrackets(norm, clause.start, talkKeywords) : [];

  const reverse = talkAt(talk, 'reverse-questions');
  if (reverse) return { kind: 'talk', topic: 'reverse-questions', confidence: nearStart(reverse, clause) ? 'sure' : 'likely' };

  // 手撕：1004. 最大连续1的个数 III — a bare number right after a coding phrase.
  if (refs.length === 0 && lastPhrase) {
    let i = lastPhrase.end;
    while (i < clause.end && (norm.charCodeAt(i) === 32 || norm.charCodeAt(i) === 58)) i++;
    let j = i;
    while (j < clause.end && j - i < 5 && norm.charCodeAt(j) >= 48 && norm.charCodeAt(j) <= 57) j++;
    const after = norm.charCodeAt(j);
    const afterThat = norm.charCodeAt(j + 1);
    if (
      j > i &&
      j - i <= 4 &&
      (after === 46 || after === 0x3001 || after === 32 || j === clause.end) &&
      !(afterThat >= 48 && afterThat <= 57)
    ) {
      refs.push({ key: `lc:${Number(norm.slice(i, j))}`, text: textOfNorm(line, i, j), start: i, end: j, marked: false });
    }
  }
  // Only a clause with a `/` can hold a link, and only one with a `?` outside the question context asks by its mark.
  const urlMatch = hasCodeIn(norm, 47, clause.start, clause.end)
    ? /leetcode\.(?:com|cn)\/problems\/([a-z0-9-]+)/.exec(norm.slice(clause.start, clause.end).toLowerCase())
    : null;
  const endsAsQuestion = context.question || hasCodeIn(norm, 63, clause.start, clause.end);
  // A question word asks only near the start of a clause (描述SD, 你说一下, 然后问了…), or in a list item;
  // further in, it is usually the story (所以可能解释了一些基本概念).
  // Connectives first (然后, then) do not count.
  let start = clause.start;
  for (const k of keywords) {
    if (k.meaning.kind !== 'filler' || k.start > start + 1) break;
    start = k.end;
  }
  let asksSomething = endsAsQuestion;
  if (!asksSomething)
    for (const k of keywords) {
      if (k.meaning.kind === 'question' && (k.start - start <= 3 || context.bullet)) {
        asksSomething = true;
        break;
      }
    }

  const nameCoverage = problems.reduce((sum, p) => sum + (p.end - p.start), 0) / Math.max(1, clause.end - clause.start);
  const byName =
    problems.length > 0 &&
    !asksSomething &&
    (context.bullet || nameCoverage >= 0.4 || weakCoding || context.codingList || context.afterCoding);
  // `hot100` or `lc` without a number is a coding question only in a list (刷 hot100 is advice).
  if (
    refs.length > 0 ||
    urlMatch ||
    (lastPhrase !== undefined && !endsAsQuestion) ||
    (lcHint && context.bullet && !endsAsQuestion) ||
    byName
  ) {
    const phrase = lastPhrase !== undefined || lcHint || context.afterCoding;
    const targets =
      context.afterCoding && refs.length === 0 && problems.length === 0 && !urlMatch
        ? []
        : codingTargets(line, clause, problems, refs, urlMatch?.[1], index, phrase, keywords);
    if (targets.length > 0) return { kind: 'coding', targets };
    return { kind: 'coding-marker' };
  }

  if (talkAt(talk, 'self-introduction')) return { kind: 'talk', topic: 'self-introduction', confidence: 'sure' };
  const otherTalk = talk[0];
  if (asksSomething) {
    if (otherTalk?.meaning.kind === 'talk') {
      if (residualOf(line, clause, keywords, [], true).units <= 3)
        return { kind: 'talk', topic: otherTalk.meaning.topic, confidence: 'likely' };
    }
    return { kind: 'question' };
  }
  if (otherTalk?.meaning.kind === 'talk')
    return { kind: 'talk', topic: otherTalk.meaning.topic, confidence: nearStart(otherTalk, clause) ? 'sure' : 'likely' };
  if (context.codingList && context.bullet && hasWords(norm, clause)) {
    return {
      kind: 'coding',
      targets: [{ title: titleSpan(line, clause, keywords, clause.start), recognised: 'coding-list', confidence: 'guess' }],
    };
  }
  return { kind: 'plain' };
}

/** Where an own problem's title is: after the coding phrase and LeetCode number, up to a bracket. */
/** A LeetCode reference in a clause: `lc 56`, `力扣 304`, or a bare number after a coding phrase. */
interface LeetcodeRef {
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly marked: boolean;
}

function titleSpan(line: NormalisedLine, clause: Span, keywords: readonly Found<Keyword>[], from: number): Span {
  const { norm } = line;
  let start = Math.max(clause.start, from);
  // Keywords are in order: find the first at `start`, then one walk skips the leading run of phrases and numbers.
  let k = 0;
  let high = keywords.length;
  while (k < high) {
    const middle = (k + high) >> 1;
    if ((keywords[middle] as Found<Keyword>).start < start) k = middle + 1;
    else high = middle;
  }
  for (;;) {
    while (start < clause.end && separators.includes(norm[start] as string)) start++;
    while (k < keywords.length && (keywords[k] as Found<Keyword>).start < start) k++;
    const at = keywords[k];
    if (!at || at.start !== start || !(at.meaning.kind === 'coding' || at.meaning.kind === 'leetcode' || at.meaning.kind === 'filler'))
      break;
    start = at.end;
  }
  // A title is short: it ends at a bracket, or after 100 characters.
  let end = start;
  while (end < clause.end && end - start < 100 && norm[end] !== '(' && norm[end] !== '[') end++;
  return trimSeparators(norm, { start, end });
}

function codingTargets(
  line: NormalisedLine,
  clause: Span,
  problems: readonly Found<ProblemName>[],
  refs: readonly LeetcodeRef[],
  slug: string | undefined,
  index: CatalogueIndex,
  phrase: boolean,
  keywords: readonly Found<Keyword>[],
): CodingTarget[] {
  const targets: CodingTarget[] = [];
  const named = new Set(problems.flatMap((p) => p.meaning.ids));
  const byName = (p: Found<ProblemName>): CodingTarget => {
    const recognised: Recognition = p.meaning.how === 'derived' ? 'derived-name' : p.meaning.how;
    const confidence: Confidence = p.meaning.how === 'derived' ? (phrase ? 'likely' : 'guess') : phrase ? 'sure' : 'likely';
    return { problemId: pickProblem(p.meaning.ids, named), recognised, confidence, matched: textOfNorm(line, p.start, p.end) };
  };
  if (slug) {
    const ids = index.slugs.get(slug);
    if (ids) return [{ problemId: pickProblem(ids, named), recognised: 'leetcode-url', confidence: 'sure', matched: slug }];
  }
  for (const ref of refs) {
    const ids = index.leetcode.get(ref.key);
    if (ids && ids.length > 0) {
      targets.push({
        problemId: pickProblem(ids, named),
        recognised: 'leetcode-number',
        confidence: ref.marked || named.size > 0 ? 'sure' : 'likely',
        matched: ref.text,
      });
      continue;
    }
    // A book number (LCR, 剑指 Offer, 面试题) the catalogue does not have, beside a name it has: the book copies
    // LeetCode's problems, so the name wins (`有点像 LCR 013. 二维区域和检索`). A LeetCode number it does not
    // have is another problem, whatever it is called (`LC 92 反转链表 II` is not `反转链表`).
    const first = problems[0];
    if (first && !ref.key.startsWith('lc:')) {
      targets.push({ ...byName(first), confidence: 'likely' });
      continue;
    }
    // The title follows the number (lc56 合并区间) or, when nothing does but a bracket, comes before it (合并区间（lc 56）).
    let title = titleSpan(line, clause, keywords, ref.end);
    if (!hasWords(line.norm, title)) title = titleSpan(line, { start: clause.start, end: ref.start }, keywords, clause.start);
    targets.push({
      leetcode: formatLeetcode(ref.key),
      title,
      url: slug ? `https://leetcode.com/problems/${slug}/` : undefined,
      recognised: 'leetcode-number',
      confidence: ref.marked ? 'likely' : 'guess',
      matched: ref.text,
    });
  }
  if (targets.length > 0) return dedupe(targets);
  for (const problem of problems) targets.push(byName(problem));
  if (targets.length > 0) return dedupe(targets);
  const title = titleSpan(line, clause, keywords, clause.start);
  if (title.end > title.start && hasWords(line.norm, title)) {
    return [{ title, url: slug ? `https://leetcode.com/problems/${slug}/` : undefined, recognised: 'coding-phrase', confidence: 'likely' }];
  }
  return [];
}

/** Of problems sharing a number (increasing-triplet and its follow-up), the one also named in the text, else the plainest. */
function pickProblem(ids: readonly string[], named: ReadonlySet<string>): string {
  return ids.find((id) => named.has(id)) ?? [...ids].sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? '';
}

function dedupe(targets: CodingTarget[]): CodingTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = t.problemId ?? `own:${t.leetcode ?? ''}:${t.title?.start ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
