import { z } from 'zod';
import { Localized, Slug, Tag } from './common.js';

/** A question answered with a single number, graded within a tolerance. */
export const NumericQuestion = z.object({
  kind: z.literal('numeric'),
  id: Slug,
  tags: z.array(Tag).default([]),
  prompt: Localized,
  answer: z.number().finite(),
  tolerance: z.object({
    abs: z.number().nonnegative().default(0),
    rel: z.number().nonnegative().default(0),
  }),
  unit: Localized,
  explanation: Localized,
});
export type NumericQuestion = z.infer<typeof NumericQuestion>;

/** A flashcard: reviewed and rated by the person themself. */
export const ConceptQuestion = z.object({
  kind: z.literal('concept'),
  id: Slug,
  tags: z.array(Tag).default([]),
  prompt: Localized,
  answer: Localized,
  keyPoints: z.array(Localized).min(3, 'give 3 to 6 key points').max(6, 'give 3 to 6 key points'),
  /** What the candidate of the write-up answered, and what was wrong or missing. */
  candidate: z.object({ said: Localized, assessment: Localized }).optional(),
});
export type ConceptQuestion = z.infer<typeof ConceptQuestion>;

export const QuestionFile = z.discriminatedUnion('kind', [NumericQuestion, ConceptQuestion]);
export type QuestionFile = z.infer<typeof QuestionFile>;

/** Where an item appeared: derived from the rounds and collections that list it. */
export const Placement = z.object({ rounds: z.array(Slug), companies: z.array(Slug), collections: z.array(Slug) });
export type Placement = z.infer<typeof Placement>;

/** A question as the catalogue serves it. */
export const Question = z.discriminatedUnion('kind', [NumericQuestion.extend(Placement.shape), ConceptQuestion.extend(Placement.shape)]);
export type Question = z.infer<typeof Question>;
