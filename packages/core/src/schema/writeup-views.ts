import { z } from 'zod';
import { Locale, UserText } from './common.js';
import { ProblemStatus, QuestionStatus } from './practice.js';
import { UserWriteup, Visibility } from './user-writeup.js';

/**
 * A write-up in a list: a user's, with its author's name, or one bundled with
 * the content pack (`curated`, no author). `companies` are normalised keys: a
 * catalogue company id, or `name:` and the lower-cased name of one that is not
 * in the catalogue.
 */
export const WriteupSummary = z
  .object({
    id: z.string(),
    title: UserText,
    curated: z.boolean(),
    authorName: z.string().nullable(),
    visibility: Visibility,
    /** Hidden by an operator: only its owner still sees it, marked so. */
    hidden: z.boolean(),
    language: Locale,
    companies: z.array(z.string()),
    rounds: z.number().int(),
    items: z.number().int(),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'WriteupSummary' });
export type WriteupSummary = z.infer<typeof WriteupSummary>;

/**
 * Where the signed-in reader stands on each item of a write-up: catalogue
 * problems by their problem status, catalogue questions by whether they were
 * reviewed or answered, and the author's own items by when this reader marked
 * them practised (absent: not practised).
 */
export const WriteupPracticeState = z
  .object({
    problems: z.record(z.string(), ProblemStatus),
    questions: z.record(z.string(), z.union([QuestionStatus, z.literal('new')])),
    practised: z.record(z.string(), z.string()),
  })
  .meta({ id: 'WriteupPracticeState' });
export type WriteupPracticeState = z.infer<typeof WriteupPracticeState>;

/** One write-up as a reader gets it: the document, who wrote it and, signed in, their practice state. */
export const WriteupView = z
  .object({
    writeup: UserWriteup,
    curated: z.boolean(),
    authorName: z.string().nullable(),
    hidden: z.boolean(),
    /** The reader wrote it (may edit and delete it). */
    mine: z.boolean(),
    companies: z.array(z.string()),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    practice: WriteupPracticeState.nullable(),
  })
  .meta({ id: 'WriteupView' });
export type WriteupView = z.infer<typeof WriteupView>;
