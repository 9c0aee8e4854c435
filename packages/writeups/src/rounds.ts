import type { RoundDate, RoundLabel, RoundOutcome, TalkTopic } from '@mianjing/core';
import type { CompanyEntry } from './companies.js';
import type { Confidence, FieldReport, LinePlace, Recognition } from './draft.js';
import type { NormalisedLine } from './normalise.js';
import type { QuestionCandidate } from './questions.js';

/** An item while the text is read; written out as a round item at the end. */
export interface ItemDraft {
  readonly kind: 'catalogue' | 'talk' | 'own-problem' | 'own-concept';
  readonly catalogueType?: 'problem' | 'numeric' | 'concept';
  readonly catalogueId?: string;
  readonly topic?: TalkTopic;
  readonly title?: string;
  readonly leetcode?: string;
  readonly url?: string;
  readonly prompt?: string;
  /** What the author answered (`(…)` after a question, `答：…`); `noStrings` until there is some. */
  said: string[];
  /** The line and `norm` span the item's note is cut from; plain text around it widens the span. */
  readonly line: NormalisedLine;
  noteStart: number;
  noteEnd: number;
  /** Whether plain text was merged into the item (an own question then keeps it as a note). */
  widened: boolean;
  /** Later lines that belong to it (`答：…`), as written; `noStrings` until there are some. */
  moreNotes: string[];
  readonly lines: number[];
  readonly recognised: Recognition;
  readonly confidence: Confidence;
  readonly matched?: string;
  readonly score?: number;
  readonly candidates: readonly QuestionCandidate[];
}

/**
 * The empty list items start with, shared (most items never get an answer or
 * a later note): frozen, so code that pushes to it without first giving the
 * item a list of its own fails at once.
 */
export const noStrings: string[] = Object.freeze([]) as unknown as string[];

export interface Field<T> {
  readonly value: T;
  readonly report: FieldReport;
}

/** A round while the text is read. */
export interface RoundState {
  /** Index in the write-up's rounds. */
  readonly index: number;
  company?: Field<CompanyEntry>;
  label?: Field<RoundLabel>;
  date?: Field<RoundDate>;
  outcome?: Field<RoundOutcome>;
  track?: Field<string>;
  readonly items: ItemDraft[];
  readonly notes: { text: string; lines: number[] }[];
  readonly lines: number[];
  confidence: Confidence;
  /** Inside a list under `手撕：`: list items are coding. */
  codingList: boolean;
  /** Rounds opened by one heading (`上午一面 下午主管面`) share a group. */
  group: number;
}

/** What one line became, gathered while it is read. */
export interface LineState {
  readonly number: number;
  readonly places: LinePlace[];
  /** Plain text seen before any item of the line, waiting for one. */
  pending: { start: number; end: number } | undefined;
  /** The line announced a coding list (`手撕：`). */
  codingMarker: boolean;
  lastItem: ItemDraft | undefined;
  lastItemRound: RoundState | undefined;
}

export function sameCompany(a: CompanyEntry | undefined, b: CompanyEntry | undefined): boolean {
  return (a?.id ?? '') === (b?.id ?? '');
}

export function sameDate(a: RoundDate | undefined, b: RoundDate | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.month === b.month &&
    a.day === b.day &&
    (a.year === undefined || b.year === undefined || a.year === b.year)
  );
}
