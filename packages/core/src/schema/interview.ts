import { z } from 'zod';
import { Localized, Slug } from './common.js';
import { applicationSchema } from './company.js';

/**
 * Which round of a process. The first six are what the bundled write-up uses;
 * the rest come from users' write-ups: a fifth round, a cross-team round
 * (交叉面), a final round (终面) and a written or online test (笔试).
 */
export const RoundLabel = z.enum(['1st', '2nd', '3rd', '4th', 'manager', 'hr', '5th', 'cross', 'final', 'written-test']);
export type RoundLabel = z.infer<typeof RoundLabel>;

export const RoundOutcome = z.enum(['passed', 'rejected', 'offer', 'unknown']);
export type RoundOutcome = z.infer<typeof RoundOutcome>;

/** Month and day as the write-up gives them; the year is often unknown. */
export const RoundDate = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});
export type RoundDate = z.infer<typeof RoundDate>;

export const TalkTopic = z.enum(['self-introduction', 'paper', 'project', 'online-test-recall', 'reverse-questions', 'chat']);
export type TalkTopic = z.infer<typeof TalkTopic>;

/**
 * The parts every write-up is built from, for a text type and a company
 * reference. The content pack uses `Localized` (both languages) and company
 * ids; a user's write-up (`user-writeup.ts`) uses `UserText` (one language is
 * enough) and `CompanyRef` (an id or a plain name). Both are assembled from
 * these parts, so a field added here reaches both kinds of write-up.
 */
export function writeupParts<Text extends z.ZodType, Company extends z.ZodType>(text: Text, company: Company) {
  return {
    /** Round items that point at the catalogue, and talk items. */
    items: {
      problem: z.object({ type: z.literal('problem'), id: Slug, note: text.optional() }),
      numeric: z.object({ type: z.literal('numeric'), id: Slug, note: text.optional() }),
      concept: z.object({ type: z.literal('concept'), id: Slug, note: text.optional() }),
      talk: z.object({ type: z.literal('talk'), topic: TalkTopic, note: text }),
    },
    /** The fields of a round, in order, without its items. */
    round: {
      id: Slug,
      company,
      track: text,
      date: RoundDate,
      label: RoundLabel,
      outcome: RoundOutcome,
      summary: text.optional(),
    },
    application: applicationSchema(text, company),
    text,
  };
}

const pack = writeupParts(Localized, Slug);

/** One step of a round, in the order it happened. */
export const RoundItem = z.discriminatedUnion('type', [pack.items.problem, pack.items.numeric, pack.items.concept, pack.items.talk]);
export type RoundItem = z.infer<typeof RoundItem>;
export type RoundItemType = RoundItem['type'];

export const Round = z.object({
  ...pack.round,
  items: z.array(RoundItem).min(1, 'a round has at least one item'),
});
export type Round = z.infer<typeof Round>;

/** One write-up (面经): who wrote it, where they applied, and the rounds they went through. */
export const Writeup = z.object({
  id: Slug,
  title: pack.text,
  source: z.object({ site: z.string().min(1), language: z.enum(['zh', 'en']) }),
  background: pack.text,
  applications: z.array(pack.application),
  rounds: z.array(Round).min(1),
});
export type Writeup = z.infer<typeof Writeup>;
