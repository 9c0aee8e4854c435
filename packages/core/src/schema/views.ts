import { z } from 'zod';
import { Localized, Slug } from './common.js';
import { ReviewCard, Submission } from './practice.js';
import { Round } from './interview.js';
import { Problem, ProblemKind, TestCase } from './problem.js';
import { ConceptQuestion, NumericQuestion, Placement } from './question.js';

/**
 * What anyone may see of a problem: never the hidden tests, generators,
 * reference or wrong solutions; the editorial only when earned or asked for.
 */
export const PublicProblem = Problem.pick({
  id: true,
  title: true,
  difficulty: true,
  tags: true,
  source: true,
  aliases: true,
  notes: true,
  judge: true,
  comparison: true,
  limits: true,
  statement: true,
  rounds: true,
  companies: true,
  collections: true,
  starter: true,
  python: true,
})
  .extend({
    examples: z.array(TestCase),
    editorial: Problem.shape.editorial.nullable(),
  })
  .meta({ id: 'Problem' });
export type PublicProblem = z.infer<typeof PublicProblem>;

/** A row of the problem list. */
export const ProblemSummary = Problem.pick({
  id: true,
  title: true,
  difficulty: true,
  tags: true,
  source: true,
  aliases: true,
  rounds: true,
  companies: true,
  collections: true,
})
  .extend({ kind: ProblemKind })
  .meta({ id: 'ProblemSummary' });
export type ProblemSummary = z.infer<typeof ProblemSummary>;

/** A numeric question before it is answered: no answer, no explanation. */
export const PublicNumericQuestion = NumericQuestion.omit({ answer: true, explanation: true }).extend(Placement.shape);
/** Flashcards are self-graded, so the reference answer travels with the card. */
export const PublicConceptQuestion = ConceptQuestion.extend(Placement.shape);
export const PublicQuestion = z.discriminatedUnion('kind', [PublicNumericQuestion, PublicConceptQuestion]).meta({ id: 'Question' });
export type PublicQuestion = z.infer<typeof PublicQuestion>;

/** A round of the timeline with the titles of its items, ready to show. */
export const RoundView = Round.extend({
  writeup: Slug,
  itemTitles: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
}).meta({ id: 'Round' });
export type RoundView = z.infer<typeof RoundView>;

/** A submission as its owner sees it: everything but the owner's id. */
export const PublicSubmission = Submission.omit({ userId: true });
export type PublicSubmission = z.infer<typeof PublicSubmission>;

/** A flashcard due for review, with its schedule. */
export const DueCard = z.object({ question: PublicConceptQuestion, card: ReviewCard });
export type DueCard = z.infer<typeof DueCard>;

/** The outcome of answering a numeric question. */
export const NumericGrade = z.object({
  questionId: z.string(),
  correct: z.boolean(),
  given: z.number(),
  expected: z.number(),
  unit: Localized,
  explanation: Localized,
});
export type NumericGrade = z.infer<typeof NumericGrade>;
