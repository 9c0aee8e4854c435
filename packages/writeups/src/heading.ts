import type { RoundLabel, RoundOutcome } from '@mianjing/core';
import type { Keyword } from './catalogue-index.js';
import type { CompanyEntry } from './companies.js';
import { type FoundDate, findDates } from './dates.js';
import { functionChars } from './keywords.js';
import { isCjk, type NormalisedLine, textOfNorm } from './normalise.js';
import { type Found, firstAt, type LineMatches, within } from './scan.js';
import { firstColon, outsideBrackets, type Span } from './structure.js';

export interface HeadingLabel {
  readonly label: RoundLabel;
  readonly strong: boolean;
  readonly text: string;
}

/** A line (or the start of one) that opens a round, or names the company of the rounds that follow. */
export interface Heading {
  readonly kind: 'round' | 'company';
  readonly span: Span;
  /** What follows the heading on the same line (`一面：自我介绍，手撕 lc 206`). */
  readonly rest?: Span;
  readonly labels: readonly HeadingLabel[];
  readonly company?: { readonly entry: CompanyEntry; readonly text: string };
  readonly date?: FoundDate & { readonly text: string };
  readonly outcome?: { readonly outcome: RoundOutcome; readonly text: string; readonly single: boolean };
  readonly track?: string;
  readonly confidence: 'sure' | 'likely' | 'guess';
}

/** Kinds of keyword a heading may consist of without counting as other text. */
const headingKinds = new Set<Keyword['kind']>(['label', 'company', 'outcome', 'filler', 'answer']);
/** Kinds that mean the text is about a round's content, not a heading. */
const contentKinds = new Set<Keyword['kind']>(['talk', 'coding', 'leetcode', 'question']);

export interface Residual {
  /** Chinese characters (other than function words) and English words not explained by a heading keyword or date. */
  readonly units: number;
  /** Those words, as written: the track of a heading (`推荐`, `AIGC`). */
  readonly text: string;
  /** How many separate stretches the words are in. */
  readonly pieces: number;
}

/**
 * What is left of `norm[span]` once heading keywords and dates are taken
 * away, counted in Chinese characters and English words (digits and
 * punctuation do not count). Linear in the span.
 */
export function residualOf(
  line: NormalisedLine,
  span: Span,
  keywords: readonly Found<Keyword>[],
  dates: readonly FoundDate[],
  coverEveryKeyword = false,
): Residual {
  // Keywords are in order and do not overlap: only dates need sorting in.
  const kept: readonly Span[] = coverEveryKeyword ? keywords : keywords.filter((k) => headingKinds.has(k.meaning.kind));
  const covered: readonly Span[] = dates.length === 0 ? kept : [...kept, ...dates].sort((a, b) => a.start - b.start);
  const { norm } = line;
  let units = 0;
  const pieces: string[] = [];
  let pieceStart = -1;
  let pieceEnd = -1;
  let pieceHasWord = false;
  const closePiece = () => {
    if (pieceStart >= 0 && pieceHasWord) pieces.push(textOfNorm(line, pieceStart, pieceEnd));
    pieceStart = -1;
    pieceHasWord = false;
  };
  let next = 0;
  for (let i = span.start; i < span.end; ) {
    while (next < covered.length && (covered[next] as Span).end <= i) next++;
    const cover = covered[next];
    if (cover && cover.start <= i) {
      closePiece();
      i = cover.end;
      continue;
    }
    const code = norm.charCodeAt(i);
    if (isCjk(code)) {
      const functional = functionChars.has(norm[i] as string);
      if (!functional) {
        units++;
        pieceHasWord = true;
      }
      if (pieceStart < 0) pieceStart = i;
      pieceEnd = i + 1;
      i++;
      continue;
    }
    const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const isDigit = (c: number) => c >= 48 && c <= 57;
    if (isLetter(code) || isDigit(code)) {
      let end = i;
      let letters = false;
      const limit = cover ? Math.min(cover.start, span.end) : span.end;
      while (end < limit && (isLetter(norm.charCodeAt(end)) || isDigit(norm.charCodeAt(end)))) {
        if (isLetter(norm.charCodeAt(end))) letters = true;
        end++;
      }
      if (letters) {
        units++;
        pieceHasWord = true;
        if (pieceStart < 0) pieceStart = i;
        pieceEnd = end;
      } else closePiece();
      i = end;
      continue;
    }
    if (norm[i] !== ' ' || pieceStart < 0) closePiece();
    i++;
  }
  closePiece();
  return { units, text: pieces.join(' ').trim(), pieces: pieces.length };
}

function evaluate(line: NormalisedLine, head: Span, matches: LineMatches, marked: boolean): Omit<Heading, 'rest'> | undefined {
  const keywords = within(matches.keywords, head.start, head.end);
  if (keywords.some((k) => k.meaning.kind === 'question')) return undefined;
  if (line.norm.slice(head.start, head.end).includes('?')) return undefined;
  // One company; or a group and its business side by side (阿里巴巴 淘天, 字节 抖音), the last being the more precise.
  const companies = new Map<string, Found<Keyword>>();
  let previousCompany: Found<Keyword> | undefined;
  for (const k of keywords) {
    if (k.meaning.kind !== 'company') continue;
    if (previousCompany && previousCompany.meaning.kind === 'company' && previousCompany.meaning.company.id !== k.meaning.company.id) {
      if (k.start - previousCompany.end > 1) return undefined;
      companies.clear();
    }
    companies.set(k.meaning.company.id, k);
    previousCompany = k;
  }
  const dates = findDates(line.norm, head.start, Math.min(head.end, head.start + 160));
  const residual = residualOf(line, head, keywords, dates);
  const contentInHead = keywords.some((k) => contentKinds.has(k.meaning.kind)) || within(matches.problems, head.start, head.end).length > 0;

  let labels: (HeadingLabel & { start: number })[] = [];
  for (const k of keywords) {
    if (k.meaning.kind !== 'label') continue;
    labels.push({ label: k.meaning.label, strong: k.meaning.strong, text: textOfNorm(line, k.start, k.end), start: k.start });
  }
  const outside = outsideBrackets(line.norm, head.start, labels);
  if (outside.length > 0) labels = outside;
  const distinct: HeadingLabel[] = [];
  for (const l of labels) if (!distinct.some((d) => d.label === l.label)) distinct.push({ label: l.label, strong: l.strong, text: l.text });

  const companyFound = [...companies.values()][0];
  const company =
    companyFound && companyFound.meaning.kind === 'company'
      ? { entry: companyFound.meaning.company, text: textOfNorm(line, companyFound.start, companyFound.end) }
      : undefined;
  const firstDate = dates[0];
  const date = firstDate
    ? { start: firstDate.start, end: firstDate.end, date: firstDate.date, text: textOfNorm(line, firstDate.start, firstDate.end) }
    : undefined;
  const outcomeFound = keywords.find((k) => k.meaning.kind === 'outcome');
  const outcome =
    outcomeFound && outcomeFound.meaning.kind === 'outcome'
      ? {
          outcome: outcomeFound.meaning.outcome,
          text: textOfNorm(line, outcomeFound.start, outcomeFound.end),
          single: outcomeFound.end - outcomeFound.start === 1,
        }
      : undefined;
  const anchored = date !== undefined || company !== undefined;
  const strong = distinct.some((l) => l.strong);
  // The track is what is left beside the round's name, within its own comma-separated part (`先面的字节，字节一面` has none).
  let track: string | undefined;
  if (residual.units > 0 && residual.units <= 4 && !contentInHead) {
    const anchor = labels[0]?.start ?? companyFound?.start ?? head.start;
    let from = head.start;
    let to = head.end;
    for (let i = head.start; i < head.end; i++) {
      if (line.norm[i] !== ',') continue;
      if (i < anchor) from = i + 1;
      else if (to === head.end) to = i;
    }
    const part = residualOf(line, { start: from, end: to }, keywords, dates);
    // One stretch of words (抖音推荐 → 推荐); scattered words (美团笔试3道题只a了1道) are no track.
    track = part.units > 0 && part.pieces === 1 ? part.text : undefined;
  }
  // Written out rather than spread: a heading is read for every line that names a round.
  const make = (kind: Heading['kind'], confidence: Heading['confidence']): Omit<Heading, 'rest'> => ({
    kind,
    span: head,
    labels: distinct,
    company,
    date,
    outcome,
    track,
    confidence,
  });

  if (strong) {
    const limit = marked ? 8 : anchored ? 4 : 1;
    if (residual.units > limit) return undefined;
    return make('round', anchored ? 'sure' : 'likely');
  }
  if (distinct.length > 0) {
    if (residual.units === 0 || (anchored && residual.units <= 3)) return make('round', anchored ? 'likely' : 'guess');
    return undefined;
  }
  // No round named: a date and a company at the start of a short line still open a round.
  const dateFirst = date !== undefined && !/[\p{L}\p{N}]/u.test(line.norm.slice(head.start, date.start));
  if (dateFirst && company && residual.units <= 4 && !contentInHead) return make('round', 'likely');
  if (company && !date && residual.units <= (marked ? 4 : 2) && !contentInHead) return make('company', 'likely');
  return undefined;
}

/** A heading and what follows it on the line. */
function withRest(h: Omit<Heading, 'rest'>, rest: Span | undefined): Heading {
  return {
    kind: h.kind,
    span: h.span,
    labels: h.labels,
    company: h.company,
    date: h.date,
    outcome: h.outcome,
    track: h.track,
    confidence: h.confidence,
    rest,
  };
}

/** Whether a label or company keyword lies inside `unit` (most lines have none: nothing is allocated to find out). */
function namesRoundOrCompany(keywords: readonly Found<Keyword>[], unit: Span): boolean {
  for (let i = firstAt(keywords, unit.start); i < keywords.length; i++) {
    const k = keywords[i] as Found<Keyword>;
    if (k.start >= unit.end) break;
    if (k.end <= unit.end && (k.meaning.kind === 'label' || k.meaning.kind === 'company')) return true;
  }
  return false;
}

/**
 * Reads a heading at the start of `unit`: `5.14 pdd推荐一面`, `## 字节跳动 二面
 * (5月20日) 过`, `Round 2 — ByteDance, May 16: passed`, `一面：`, `主管:`,
 * `5.29 hr oc`. A heading is short: besides its round, company, date and
 * outcome it may carry a few words (the track) — more, and the line is taken
 * for content that mentions a round (`面试完后马上约了隔天的三面和四面`).
 * Text after a colon, or after the heading words when content keywords
 * follow (`一面 自我介绍+手撕lc206`), is the heading's `rest`.
 */
export function readHeading(line: NormalisedLine, unit: Span, matches: LineMatches, marked: boolean): Heading | undefined {
  // Every heading names a round or a company.
  if (!namesRoundOrCompany(matches.keywords, unit)) return undefined;
  const colon = firstColon(line.norm, unit.start, unit.end);
  if (colon > unit.start) {
    const head = { start: unit.start, end: colon };
    const heading = evaluate(line, head, matches, marked);
    if (heading) {
      const rest = colon + 1 < unit.end ? { start: colon + 1, end: unit.end } : undefined;
      // `Round 2 (May 20): passed` — an outcome alone after the colon belongs to the heading.
      const restKeywords = rest ? within(matches.keywords, rest.start, rest.end) : [];
      if (rest && restKeywords.some((k) => k.meaning.kind === 'outcome') && residualOf(line, rest, restKeywords, []).units === 0) {
        const whole = evaluate(line, unit, matches, marked);
        if (whole) return whole;
      }
      return withRest(heading, rest);
    }
  }
  const whole = evaluate(line, unit, matches, marked);
  if (whole) return whole;
  // The heading words, then content: cut before the first content keyword, at a space or bracket.
  const unitKeywords = within(matches.keywords, unit.start, unit.end);
  const firstContent = Math.min(
    unitKeywords.find((k) => contentKinds.has(k.meaning.kind))?.start ?? unit.end,
    within(matches.problems, unit.start, unit.end)[0]?.start ?? unit.end,
  );
  if (firstContent >= unit.end || !unitKeywords.some((k) => k.meaning.kind === 'label' && k.end <= firstContent)) return undefined;
  let cut = firstContent;
  while (cut > unit.start && !' ([-—|/+,'.includes(line.norm[cut - 1] as string)) cut--;
  if (cut - 1 <= unit.start) return undefined;
  const head = { start: unit.start, end: cut - 1 };
  const heading = evaluate(line, head, matches, marked);
  return heading && heading.kind === 'round' ? withRest(heading, { start: cut - 1, end: unit.end }) : undefined;
}
