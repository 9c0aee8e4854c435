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
 * Every keyword and problem name in a line, from one pass of the catalogue's
 * automaton over its key. Overlaps are settled leftmost-longest (`字节跳动`
 * over `字节`, `主管面` over `主管`), keywords and problem names separately,
 * by a walk over start positions: linear in the line and its matches.
 */
export function scanLine(line: NormalisedLine, index: CatalogueIndex): LineMatches {
  const keywordStarts: (Found<Keyword>[] | undefined)[] = [];
  const problemStarts: (Found<ProblemName>[] | undefined)[] = [];
  const { key, norm, keyToNorm } = line;
  index.automaton.scan(key, (keyStart, keyEnd, pattern: Pattern) => {
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
    if (pattern.meaning.kind === 'problem') {
      const list = problemStarts[start] ?? [];
      list.push({ start, end, meaning: pattern.meaning });
      problemStarts[start] = list;
    } else {
      const list = keywordStarts[start] ?? [];
      list.push({ start, end, meaning: pattern.meaning });
      keywordStarts[start] = list;
    }
  });
  return { keywords: leftmostLongest(keywordStarts), problems: leftmostLongest(problemStarts) };
}

function leftmostLongest<M>(starts: readonly (Found<M>[] | undefined)[]): Found<M>[] {
  const chosen: Found<M>[] = [];
  let reach = 0;
  for (let position = 0; position < starts.length; position++) {
    const list = starts[position];
    if (!list || position < reach) continue;
    let best = list[0] as Found<M>;
    for (const found of list) if (found.end > best.end) best = found;
    chosen.push(best);
    reach = best.end;
  }
  return chosen;
}

/** The matches that lie inside `norm[start, end)`; `found` is in order and without overlaps, so this is a binary search. */
export function within<M>(found: readonly Found<M>[], start: number, end: number): Found<M>[] {
  let low = 0;
  let high = found.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((found[middle] as Found<M>).start < start) low = middle + 1;
    else high = middle;
  }
  const inside: Found<M>[] = [];
  for (let i = low; i < found.length && (found[i] as Found<M>).start < end; i++) {
    const f = found[i] as Found<M>;
    if (f.end <= end) inside.push(f);
  }
  return inside;
}
