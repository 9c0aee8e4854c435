import { z } from 'zod';
import { JudgeMode, JudgeResult } from '../judge/schema.js';
import { Slug } from './common.js';
import { TestInput } from './problem.js';
import { Language } from './verdict.js';

/** A person practising; the token that identifies them is never part of this. */
export const User = z.object({
  id: z.string(),
  name: z.string().trim().min(1).max(80),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof User>;

export const SubmissionStatus = z.enum(['queued', 'running', 'done']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** A stored submission: what was sent, where it is in the queue, and its result once judged. */
export const Submission = z.object({
  id: z.string(),
  userId: z.string(),
  problemId: Slug,
  language: Language,
  mode: JudgeMode,
  code: z.string(),
  customInputs: z.array(TestInput),
  status: SubmissionStatus,
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  result: JudgeResult.nullable(),
});
export type Submission = z.infer<typeof Submission>;

/** How well a flashcard was remembered (FSRS's four grades). */
export const ReviewRating = z.enum(['again', 'hard', 'good', 'easy']);
export type ReviewRating = z.infer<typeof ReviewRating>;

export const CardPhase = z.enum(['new', 'learning', 'review', 'relearning']);
export type CardPhase = z.infer<typeof CardPhase>;

/**
 * The key of a flashcard made from an author's own concept item (`own-concept`)
 * of a user's write-up: `writeup:<writeupId>:<itemId>`. It stands where a
 * catalogue question id stands (a card's `questionId`, `POST /reviews`).
 */
export const OwnCardKey = z
  .string()
  .regex(/^writeup:[A-Za-z0-9_-]{1,64}:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be writeup:<writeup id>:<item id>')
  .meta({ id: 'OwnCardKey' });
export type OwnCardKey = z.infer<typeof OwnCardKey>;

/** What a flashcard is keyed by: a catalogue concept question's id, or an own card's key. */
export const CardKey = z.union([Slug, OwnCardKey]);
export type CardKey = z.infer<typeof CardKey>;

const OWN_CARD_PREFIX = 'writeup:';

/**
 * The card key of a write-up's own concept item.
 *
 * @example ownCardKey('3f0c…', 'why-bn') // 'writeup:3f0c…:why-bn'
 */
export function ownCardKey(writeupId: string, itemId: string): string {
  return `${OWN_CARD_PREFIX}${writeupId}:${itemId}`;
}

/** The write-up and item an own card's key names, or undefined for a catalogue question id. */
export function parseOwnCardKey(key: string): { writeupId: string; itemId: string } | undefined {
  if (!key.startsWith(OWN_CARD_PREFIX)) return undefined;
  const rest = key.slice(OWN_CARD_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  if (colon <= 0 || colon === rest.length - 1) return undefined;
  return { writeupId: rest.slice(0, colon), itemId: rest.slice(colon + 1) };
}

/** The scheduling state of one flashcard for one person. */
export const ReviewCard = z.object({
  /** A catalogue concept question's id, or an own card's key (`writeup:<writeupId>:<itemId>`). */
  questionId: CardKey,
  phase: CardPhase,
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  lastReview: z.iso.datetime().nullable(),
});
export type ReviewCard = z.infer<typeof ReviewCard>;

export const CountByKey = z.record(
  z.string(),
  z.object({ attempted: z.number().int(), solved: z.number().int(), total: z.number().int() }),
);

/** Where a person stands on a problem: never submitted, submitted without an accepted submit, solved. */
export const ProblemStatus = z.enum(['new', 'attempted', 'solved']);
export type ProblemStatus = z.infer<typeof ProblemStatus>;
export const QuestionStatus = z.enum(['reviewed', 'answered', 'correct']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

/** A person's progress over the whole catalogue. */
export const Progress = z.object({
  problems: z.object({
    attempted: z.number().int(),
    solved: z.number().int(),
    total: z.number().int(),
    byCompany: CountByKey,
    byKind: CountByKey,
    byCollection: CountByKey,
  }),
  /** Status of every problem the person has tried; problems not listed are new. */
  problemStatus: z.record(z.string(), ProblemStatus.exclude(['new'])),
  /** Every question the person has practised: a flashcard reviewed, a numeric question answered (correctly or not). */
  questionStatus: z.record(z.string(), QuestionStatus),
  submissions: z.object({ total: z.number().int(), accepted: z.number().int(), acceptanceRate: z.number().min(0).max(1) }),
  reviews: z.object({ due: z.number().int(), done: z.number().int(), cards: z.number().int() }),
  numeric: z.object({ answered: z.number().int(), correct: z.number().int() }),
  /** One entry per day with any activity, oldest first (UTC dates). */
  activity: z.array(
    z.object({
      date: z.iso.date(),
      submissions: z.number().int(),
      solved: z.number().int(),
      reviews: z.number().int(),
      answers: z.number().int(),
    }),
  ),
  /** Consecutive days with activity up to today (or yesterday). */
  streak: z.number().int(),
});
export type Progress = z.infer<typeof Progress>;
