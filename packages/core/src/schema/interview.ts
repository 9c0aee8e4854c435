import { z } from 'zod';
import { Localized, Slug } from './common.js';
import { Application } from './company.js';

export const RoundLabel = z.enum(['1st', '2nd', '3rd', '4th', 'manager', 'hr']);
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

export const TalkTopic = z.enum([
  'self-introduction',
  'paper',
  'project',
  'online-test-recall',
  'reverse-questions',
  'chat',
]);
export type TalkTopic = z.infer<typeof TalkTopic>;

/** One step of a round, in the order it happened. */
export const RoundItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('problem'), id: Slug, note: Localized.optional() }),
  z.object({ type: z.literal('numeric'), id: Slug, note: Localized.optional() }),
  z.object({ type: z.literal('concept'), id: Slug, note: Localized.optional() }),
  z.object({ type: z.literal('talk'), topic: TalkTopic, note: Localized }),
]);
export type RoundItem = z.infer<typeof RoundItem>;
export type RoundItemType = RoundItem['type'];

export const Round = z.object({
  id: Slug,
  company: Slug,
  track: Localized,
  date: RoundDate,
  label: RoundLabel,
  outcome: RoundOutcome,
  summary: Localized.optional(),
  items: z.array(RoundItem).min(1, 'a round has at least one item'),
});
export type Round = z.infer<typeof Round>;

/** One write-up (面经): who wrote it, where they applied, and the rounds they went through. */
export const Writeup = z.object({
  id: Slug,
  title: Localized,
  source: z.object({ site: z.string().min(1), language: z.enum(['zh', 'en']) }),
  background: Localized,
  applications: z.array(Application),
  rounds: z.array(Round).min(1),
});
export type Writeup = z.infer<typeof Writeup>;
