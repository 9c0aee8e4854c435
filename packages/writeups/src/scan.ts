import type { CatalogueIndex, Keyword, Pattern, ProblemName } from './catalogue-index.js';
import { isAsciiAlnum, type NormalisedLine } from './normalise.js';

/** A keyword or problem name found in a line, in `norm` positions. */
export interface Found<M> {
  readonly start: number;
  readonly end: number;
  readonly meaning: M;
}

export interface LineMatches {
  /** Keywords, longest first where they overlap, in order. */
  readonly keywords: readonly Found<Keyword>[];
  /** Catalogue problem names, chosen the same way among themselves. */
  readonly problems: readonly Found<ProblemName>[];
}

/**
 * The longest match starting at each position of the line being scanned
 * (`end` 0: none), in buffers every line shares: a line is scanned at once,
 * never inside another.
 */
let keywordEnds = new Int32Array(256);
let problemEnds = new Int32Array(256);
let keywordMeanings: (Keyword | undefined)[] = new Array(256).fill(undefined);
let problemMeanings: (ProblemName | undefined)[] = new Array(256).fill(undefined);
let lastKeywordStart = -1;
let lastProblemStart = -1;
const noLine: NormalisedLine = { text: '', norm: '', key: '', normToText: [0], keyToNorm: [0] };
let scanning = noLine;

function onMatch(keyStart: number, keyEnd: number, pattern: Pattern): void {
  const { norm, keyToNorm } = scanning;
  const start = keyToNorm[keyStart] ?? 0;
  const end = (keyToNorm[keyEnd - 1] ?? 0) + 1;
  if (pattern.contiguous && end - start !== keyEnd - keyStart) return;
  if (pattern.wholeWord) {
    if (start > 0 && isAsciiAlnum(norm.charCodeAt(start - 1)) && isAsciiAlnum(norm.charCodeAt(start))) return;
    const next = norm.charCodeAt(end);
    const digitNext = next >= 48 && next <= 57;
    if (end < norm.length && isAsciiAlnum(next) && isAsciiAlnum(norm.charCodeAt(end - 1)) && !(digitNext && pattern.numberMayFollow))
      return;
  }
  // Of the matches at one start the longest, the first reported among equals.
  const meaning = pattern.meaning;
  if (meaning.kind === 'problem') {
    if (end > (problemEnds[start] as number)) {
      problemEnds[start] = end;
      problemMeanings[start] = meaning;
      if (start > lastProblemStart) lastProblemStart = start;
    }
  } else if (end > (keywordEnds[start] as number)) {
    keywordEnds[start] = end;
    keywordMeanings[start] = meaning;
    if (start > lastKeywordStart) lastKeywordStart = start;
  }
}

/**
 * Every keyword and problem name in a line, from one pass of the catalogue's
 * automaton over its key. Overlaps are settled leftmost-longest (`字节跳动`
 * over `字节`, `主管面` over `主管`), keywords and problem names separately,
 * by a walk over start positions: linear in the line and its matches.
 */
export function scanLine(line: NormalisedLine, index: CatalogueIndex): LineMatches {
  if (keywordEnds.length <= line.norm.length) {
    const size = line.norm.length * 2 + 1;
    keywordEnds = new Int32Array(size);
    problemEnds = new Int32Array(size);
    keywordMeanings = new Array(size).fill(undefined);
    problemMeanings = new Array(size).fill(undefined);
  }
  scanning = line;
  lastKeywordStart = -1;
  lastProblemStart = -1;
  index.automaton.scan(line.key, onMatch);
  scanning = noLine;
  const keywords = leftmostLongest(keywordEnds, keywordMeanings, lastKeywordStart);
  const problems = leftmostLongest(problemEnds, problemMeanings, lastProblemStart);
  return keywords === noMatches && problems === noMatches ? nothingFound : { keywords, problems };
}

const chosenScratch: Found<unknown>[] = [];
const noMatches: readonly Found<never>[] = Object.freeze([]);

/** The longest match at the first start, then at the first start after it, and so on; clears the buffers as it goes. */
function leftmostLongest<M>(ends: Int32Array, meanings: (M | undefined)[], last: number): readonly Found<M>[] {
  const chosen = chosenScratch as Found<M>[];
  let count = 0;
  let reach = 0;
  for (let position = 0; position <= last; position++) {
    const end = ends[position] as number;
    if (end === 0) continue;
    ends[position] = 0;
    const meaning = meanings[position] as M;
    meanings[position] = undefined;
    if (position < reach) continue;
    chosen[count++] = { start: position, end, meaning };
    reach = end;
  }
  if (count === 0) return noMatches;
  // A copy of its exact size: the lists of every line are kept while the text is read.
  const list = chosen.slice(0, count);
  for (let i = 0; i < count; i++) chosen[i] = noMatch;
  return list;
}

const noMatch: Found<never> = { start: 0, end: 0, meaning: undefined as never };
/** What most lines of prose hold, shared. */
const nothingFound: LineMatches = Object.freeze({ keywords: noMatches, problems: noMatches });

/** The index of the first match that starts at or after `start`; `found` is in order, so this is a binary search. */
export function firstAt<M>(found: readonly Found<M>[], start: number): number {
  let low = 0;
  let high = found.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((found[middle] as Found<M>).start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The matches that lie inside `norm[start, end)`; `found` is in order and without overlaps, so this is a binary search. */
export function within<M>(found: readonly Found<M>[], start: number, end: number): Found<M>[] {
  const inside: Found<M>[] = [];
  for (let i = firstAt(found, start); i < found.length && (found[i] as Found<M>).start < end; i++) {
    const f = found[i] as Found<M>;
    if (f.end <= end) inside.push(f);
  }
  return inside;
}
