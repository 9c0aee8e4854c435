import { Locale, UserWriteupInput } from '@mianjing/core';
import { z } from 'zod';

/**
 * How sure the parser is of something it recognised:
 * - `sure`: an explicit marker left no doubt — a LeetCode number the catalogue
 *   has, a problem's title or alias next to 手撕/coding, a heading with its
 *   round and a date or company, a company's name;
 * - `likely`: a rule that is usually right but can be fooled — a name without
 *   a coding phrase, a question whose wording is close to a catalogue prompt, a
 *   heading with only a round, a company carried over from an earlier heading;
 * - `guess`: a fallback worth checking — a list item taken for a question, a
 *   round the text never announced, a track borrowed from the applications.
 */
export const Confidence = z.enum(['sure', 'likely', 'guess']);
export type Confidence = z.infer<typeof Confidence>;

/** Lines are numbered from 1, as an editor shows them. */
const LineNumber = z.number().int().min(1);

/** What a line became. A line can become several things (`一面：自我介绍，手撕 lc 206` is a heading and two items). */
export const LinePlace = z.object({
  role: z.enum(['title', 'background', 'heading', 'outcome', 'item', 'note', 'separator']),
  /** Index into `writeup.rounds`. */
  round: z.number().int().min(0).optional(),
  /** Index into that round's `items`. */
  item: z.number().int().min(0).optional(),
  /** Index into that round's `notes`. */
  note: z.number().int().min(0).optional(),
});
export type LinePlace = z.infer<typeof LinePlace>;

export const LineReport = z.object({ line: LineNumber, places: z.array(LinePlace).min(1) });
export type LineReport = z.infer<typeof LineReport>;

/** How an item was recognised. */
export const Recognition = z.enum([
  'leetcode-number',
  'leetcode-url',
  'title',
  'alias',
  'derived-name',
  'prompt-similarity',
  'coding-phrase',
  'coding-list',
  'question',
  'list-item',
  'talk-keyword',
]);
export type Recognition = z.infer<typeof Recognition>;

export const ItemReport = z.object({
  lines: z.array(LineNumber).min(1),
  /** The text the item came from, as written. */
  source: z.string(),
  recognised: Recognition,
  confidence: Confidence,
  /** The name, number or prompt it was matched by (`lc 69`, `旋转矩阵`, a question id). */
  matched: z.string().optional(),
  /** For a question compared with the catalogue's prompts: the best score (0–1, see `matchQuestion`). */
  score: z.number().min(0).max(1).optional(),
  /** Catalogue questions worded like it, best first, for the author to pick when the parser did not. */
  candidates: z.array(z.object({ id: z.string(), type: z.enum(['numeric', 'concept']), score: z.number() })).default([]),
});
export type ItemReport = z.infer<typeof ItemReport>;

/** One field of a round as recognised: the text it was read from, where, and how. */
export const FieldReport = z.object({
  text: z.string(),
  line: LineNumber,
  how: z.enum(['heading', 'earlier-heading', 'mention', 'title', 'application', 'line', 'year-carried']),
  confidence: Confidence,
});
export type FieldReport = z.infer<typeof FieldReport>;

export const RoundReport = z.object({
  /** The heading line(s); empty for a round the text never announced. */
  lines: z.array(LineNumber),
  confidence: Confidence,
  company: FieldReport.optional(),
  label: FieldReport.optional(),
  date: FieldReport.optional(),
  outcome: FieldReport.optional(),
  track: FieldReport.optional(),
  /** Aligned with the round's `items`. */
  items: z.array(ItemReport),
  /** Aligned with the round's `notes`. */
  notes: z.array(z.object({ lines: z.array(LineNumber).min(1) })),
});
export type RoundReport = z.infer<typeof RoundReport>;

export const DraftReport = z.object({
  language: z.object({ value: Locale, confidence: Confidence }),
  title: z.object({ lines: z.array(LineNumber), confidence: Confidence }),
  background: z.object({ lines: z.array(LineNumber) }),
  /** Aligned with `writeup.applications`. */
  applications: z.array(z.object({ lines: z.array(LineNumber), confidence: Confidence })),
  /** Aligned with `writeup.rounds`. */
  rounds: z.array(RoundReport),
  /** Every non-empty line of the input, in order, and what became of it: nothing is dropped. */
  lines: z.array(LineReport),
  stats: z.object({
    lines: z.number().int(),
    characters: z.number().int(),
    /** Automaton transitions and matches: the parser's work, linear in the input. */
    steps: z.number().int(),
  }),
});
export type DraftReport = z.infer<typeof DraftReport>;

/** What `parseWriteup` returns: a write-up for the author to correct and save, and what the parser made of each line. */
export const WriteupDraft = z.object({ writeup: UserWriteupInput, report: DraftReport });
export type WriteupDraft = z.infer<typeof WriteupDraft>;
