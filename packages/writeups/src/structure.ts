import { isAsciiAlnum, isCjk, isWordChar } from './normalise.js';

/** `norm[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Markers {
  /** Where the content starts after list markers. */
  readonly start: number;
  /** `-`, `•`, `1.`, `(2)`, `①`, `一、`, an emoji: a list item. */
  readonly bullet: boolean;
  /** `#`, `##`: a Markdown heading. */
  readonly markdownHeading: boolean;
  /** `Q:`, `Q1.`, `问:`, `问题2:`: a question. */
  readonly question: boolean;
}

const openers = '([{<"\'“‘《「『';

/** The closing bracket of an opening one — `()`, `[]`, `{}`, `《》`, `「」`, `『』` — as a code unit, or -1. */
function closerOf(code: number): number {
  switch (code) {
    case 40:
      return 41;
    case 91:
      return 93;
    case 123:
      return 125;
    case 0x300a:
    case 0x300c:
    case 0x300e:
      return code + 1;
    default:
      return -1;
  }
}

/** Whether the code unit `code` is one of `chars` (code units compared, so no string is made for a character). */
function isOneOf(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/** Whether `norm[start, end)` has the code unit `code`: a walk over that stretch only, however long the line. */
export function hasCodeIn(norm: string, code: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (norm.charCodeAt(i) === code) return true;
  return false;
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
const chineseNumerals = '一二三四五六七八九十';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads the list markers at the start of a line's `norm` (a few, as in `- 1. Q:`). */
export function readMarkers(norm: string): Markers {
  let i = 0;
  let bullet = false;
  let markdownHeading = false;
  let question = false;
  for (let round = 0; round < 4; round++) {
    while (norm[i] === ' ') i++;
    const code = norm.charCodeAt(i);
    if (i >= norm.length) break;
    if (norm[i] === '#') {
      let j = i;
      while (norm[j] === '#') j++;
      if (norm[j] === ' ' || j - i >= 2) {
        markdownHeading = true;
        i = j;
        continue;
      }
    }
    // Numbered: 1. 1) 1、 1: (1) [1] — but not 5.16 or 3.14.
    if (isDigit(code)) {
      let j = i;
      while (j < norm.length && isDigit(norm.charCodeAt(j)) && j - i < 3) j++;
      const after = norm[j];
      if (j - i <= 2 && after !== undefined && '.)、:'.includes(after) && !isDigit(norm.charCodeAt(j + 1))) {
        bullet = true;
        i = j + 1;
        continue;
      }
      break;
    }
    if ((norm[i] === '(' || norm[i] === '[') && isDigit(norm.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < norm.length && isDigit(norm.charCodeAt(j)) && j - i < 4) j++;
      if (norm[j] === ')' || norm[j] === ']') {
        bullet = true;
        i = j + 1;
        continue;
      }
    }
    // 一、 二. （三）
    if (chineseNumerals.includes(norm[i] as string) && (norm[i + 1] === '、' || norm[i + 1] === '.')) {
      bullet = true;
      i += 2;
      continue;
    }
    if (norm[i] === '(' && chineseNumerals.includes(norm[i + 1] as string) && norm[i + 2] === ')') {
      bullet = true;
      i += 3;
      continue;
    }
    // Q: Q1. 问: 问题2:
    const first = norm.charCodeAt(i);
    const questionMarker =
      first === 113 || first === 81 || first === 0x95ee ? /^(?:q[0-9]{0,2}|问题?[0-9]{0,2})[:.)]/i.exec(norm.slice(i, i + 6)) : null;
    if (questionMarker) {
      question = true;
      bullet = true;
      i += questionMarker[0].length;
      continue;
    }
    // a) b.
    const second = norm.charCodeAt(i + 1);
    if (isLatinLetter(first) && (second === 41 || second === 46) && norm.charCodeAt(i + 2) === 32) {
      bullet = true;
      i += 2;
      continue;
    }
    // Any run of symbols that is not the start of a bracket or quote: - * • → ✅ 👉 > ~
    if (!isWordChar(norm.codePointAt(i) ?? 0) && !openers.includes(norm[i] as string)) {
      let j = i;
      while (j < norm.length && norm[j] !== ' ' && !isWordChar(norm.codePointAt(j) ?? 0) && !openers.includes(norm[j] as string)) j++;
      bullet = true;
      i = j;
      continue;
    }
    break;
  }
  while (norm[i] === ' ') i++;
  return markersOf(i, bullet, markdownHeading, question);
}

/** Markers of lines that start within a few characters, shared: every line has some, and they never change. */
const sharedMarkers: Markers[] = [];
for (let start = 0; start < 16; start++)
  for (let flags = 0; flags < 8; flags++)
    sharedMarkers.push(
      Object.freeze({ start, bullet: (flags & 1) !== 0, markdownHeading: (flags & 2) !== 0, question: (flags & 4) !== 0 }),
    );

function markersOf(start: number, bullet: boolean, markdownHeading: boolean, question: boolean): Markers {
  if (start >= 16) return { start, bullet, markdownHeading, question };
  return sharedMarkers[start * 8 + (bullet ? 1 : 0) + (markdownHeading ? 2 : 0) + (question ? 4 : 0)] as Markers;
}

/** Whether a line is only a separator (`---`, `————分割线————`, `=====`, `***`). */
export function isSeparator(norm: string, key: string): boolean {
  if (key.length === 0) return norm.length >= 3;
  return (key === '分割线' || key === '分隔线' || key === '华丽的分割线') && norm.length > key.length + 2;
}

/** Forum tags: `#实习面经##面经#`. */
export function isHashtagLine(norm: string): boolean {
  return norm[0] === '#' && norm[1] !== '#' && norm[1] !== ' ' && norm.indexOf('#', 1) > 0;
}

/**
 * Splits `norm[start, end)` into sentences at `。 ! ; ?` and at `. ` before a
 * capital, outside brackets. A question keeps its mark, and a bracket right
 * after it (the answer given) stays with it.
 */
export function splitSentences(norm: string, start: number, end: number): Span[] {
  const sentences: Span[] = [];
  const stack: number[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const code = norm.charCodeAt(i);
    const closer = closerOf(code);
    if (closer >= 0) {
      stack.push(closer);
      continue;
    }
    if (stack.length > 0) {
      if (code === stack[stack.length - 1]) stack.pop();
      continue;
    }
    let cut = -1;
    if (code === 0x3002 || code === 33 || code === 59) cut = i + 1;
    else if (code === 63) {
      cut = i + 1;
      let j = cut;
      while (norm.charCodeAt(j) === 32 || norm.charCodeAt(j) === 63) j++;
      if (norm.charCodeAt(j) === 40 || norm.charCodeAt(j) === 91) {
        const close = matchingClose(norm, j, end);
        cut = close;
      } else cut = j;
    } else if (code === 46 && norm.charCodeAt(i + 1) === 32 && !(norm.charCodeAt(i - 1) >= 48 && norm.charCodeAt(i - 1) <= 57)) {
      // `. ` before a capital or a Chinese character ends a sentence, and after a word of three letters or more
      // before anything; `LC 55. 跳跃游戏`, `e.g. the` and `et al. said` do not.
      const next = norm.charCodeAt(i + 2);
      let letters = 0;
      while (letters < 3 && isLatinLetter(norm.charCodeAt(i - 1 - letters))) letters++;
      if ((next >= 65 && next <= 90) || isCjk(next) || (letters >= 3 && next >= 97 && next <= 122)) cut = i + 1;
    }
    if (cut > 0) {
      if (cut > from) pushTrimmed(sentences, norm, from, cut);
      from = cut;
      i = cut - 1;
    }
  }
  if (from < end) pushTrimmed(sentences, norm, from, end);
  return sentences;
}

/** Index after the bracket that closes the one at `open` (or `end`). */
export function matchingClose(norm: string, open: number, end: number): number {
  const stack: number[] = [];
  for (let i = open; i < end; i++) {
    const code = norm.charCodeAt(i);
    const closer = closerOf(code);
    if (closer >= 0) stack.push(closer);
    else if (code === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  return end;
}

/** Splits a sentence into clauses at commas (or other `separators`) outside brackets. */
export function splitClauses(norm: string, start: number, end: number, separators = ',+'): Span[] {
  const clauses: Span[] = [];
  const stack: number[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const code = norm.charCodeAt(i);
    const closer = closerOf(code);
    if (closer >= 0) stack.push(closer);
    else if (stack.length > 0 && code === stack[stack.length - 1]) stack.pop();
    else if (stack.length === 0 && isOneOf(separators, code)) {
      if (i > from) pushTrimmed(clauses, norm, from, i + 1);
      from = i + 1;
    }
  }
  if (from < end) pushTrimmed(clauses, norm, from, end);
  return clauses;
}

/** The first `:` outside brackets in `norm[start, end)`, or -1. */
export function firstColon(norm: string, start: number, end: number): number {
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const code = norm.charCodeAt(i);
    const closer = closerOf(code);
    if (closer >= 0) stack.push(closer);
    else if (stack.length > 0 && code === stack[stack.length - 1]) stack.pop();
    else if (stack.length === 0 && code === 58) return i;
  }
  return -1;
}

/**
 * The items (in order of `start`) that are not inside brackets, counting from
 * `from`: one pass over the text, however many items.
 */
export function outsideBrackets<T extends { readonly start: number }>(norm: string, from: number, items: readonly T[]): T[] {
  const outside: T[] = [];
  const stack: number[] = [];
  let i = from;
  for (const item of items) {
    for (; i < item.start; i++) {
      const code = norm.charCodeAt(i);
      const closer = closerOf(code);
      if (closer >= 0) stack.push(closer);
      else if (stack.length > 0 && code === stack[stack.length - 1]) stack.pop();
    }
    if (stack.length === 0) outside.push(item);
  }
  return outside;
}

/** A trailing bracket group of `norm[start, end)` (the answer in `问题?(答案)`), if the span ends with one after some text. */
export function trailingGroup(norm: string, start: number, end: number): Span | undefined {
  let last = end - 1;
  while (last > start && isOneOf(' 。.;', norm.charCodeAt(last))) last--;
  const closer = norm.charCodeAt(last);
  if (closer !== 41 && closer !== 93) return undefined;
  const open: number[] = [];
  const expected: number[] = [];
  for (let i = start; i <= last; i++) {
    const code = norm.charCodeAt(i);
    const closer = closerOf(code);
    if (closer >= 0) {
      open.push(i);
      expected.push(closer);
    } else if (expected.length > 0 && code === expected[expected.length - 1]) {
      expected.pop();
      const from = open.pop() as number;
      if (i === last) return expected.length === 0 && from > start ? { start: from, end: last + 1 } : undefined;
    }
  }
  return undefined;
}

/**
 * Splits a question from the answer written after it: `问题?(答案)`,
 * `问题?(答案(嵌套)` with a bracket left open, `问题(答案)`. Returns the
 * question's span and, if there is one, the answer's (brackets removed).
 */
export function splitQuestion(norm: string, span: Span): { prompt: Span; said?: Span } {
  const stack: number[] = [];
  let lastQuestionMark = -1;
  let openAtTop = -1;
  for (let i = span.start; i < span.end; i++) {
    const code = norm.charCodeAt(i);
    const closer = closerOf(code);
    if (closer >= 0) {
      if (stack.length === 0) openAtTop = i;
      stack.push(closer);
    } else if (stack.length > 0 && code === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) openAtTop = -1;
    } else if (stack.length === 0 && code === 63) lastQuestionMark = i;
  }
  const answer = (from: number): Span | undefined => {
    let start = from;
    let end = span.end;
    while (start < end && isOneOf(' :', norm.charCodeAt(start))) start++;
    if (norm.charCodeAt(start) === 40 || norm.charCodeAt(start) === 91) {
      const close = matchingClose(norm, start, end);
      if (close === end && (norm.charCodeAt(end - 1) === 41 || norm.charCodeAt(end - 1) === 93)) end--;
      start++;
    }
    const trimmed = trimSeparators(norm, { start, end });
    return hasWords(norm, trimmed) ? trimmed : undefined;
  };
  if (lastQuestionMark >= 0 && hasWords(norm, { start: lastQuestionMark + 1, end: span.end })) {
    return { prompt: { start: span.start, end: lastQuestionMark + 1 }, said: answer(lastQuestionMark + 1) };
  }
  const group = trailingGroup(norm, span.start, span.end);
  if (group) return { prompt: { start: span.start, end: group.start }, said: answer(group.start) };
  if (openAtTop > span.start && hasWords(norm, { start: span.start, end: openAtTop })) {
    return { prompt: { start: span.start, end: openAtTop }, said: answer(openAtTop) };
  }
  return { prompt: span };
}

const trimmable = ' ,.;:、。!?-—~=*>|';

/** Pushes `norm[start, end)` without the separators before it and the spaces after it, unless nothing is left. */
function pushTrimmed(spans: Span[], norm: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isOneOf(' ,;、', norm.charCodeAt(start))) start++;
  while (end > start && norm.charCodeAt(end - 1) === 32) end--;
  if (end > start) spans.push({ start, end });
}

/** Trims separators and spaces off both ends of a span (for titles and prompts). */
export function trimSeparators(norm: string, span: Span, keepQuestionMark = false): Span {
  let { start, end } = span;
  while (start < end && isOneOf(trimmable, norm.charCodeAt(start))) start++;
  while (end > start && isOneOf(trimmable, norm.charCodeAt(end - 1)) && !(keepQuestionMark && norm.charCodeAt(end - 1) === 63)) end--;
  return { start, end };
}

/** Counts letters, digits and ideographs in a span: whether there is anything in it. */
export function hasWords(norm: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isWordChar(norm.codePointAt(i) ?? 0)) return true;
  return false;
}

export { isAsciiAlnum };
