import { z } from 'zod';
import { Localized, Slug } from './common.js';
import { Collection } from './collection.js';
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

/** Titles of items by id, in both languages, ready to show. */
export const ItemTitles = z.record(z.string(), z.object({ zh: z.string(), en: z.string() }));
export type ItemTitles = z.infer<typeof ItemTitles>;

/** A round of the timeline with the titles of its items, ready to show. */
export const RoundView = Round.extend({
  writeup: Slug,
  itemTitles: ItemTitles,
}).meta({ id: 'Round' });
export type RoundView = z.infer<typeof RoundView>;

/** A person's progress through one section of a collection. */
export const SectionProgress = z.object({
  id: Slug,
  problems: z.object({ total: z.number().int(), attempted: z.number().int(), solved: z.number().int() }),
  /** Flashcards reviewed and numeric questions answered correctly count as done. */
  questions: z.object({ total: z.number().int(), done: z.number().int() }),
});
export type SectionProgress = z.infer<typeof SectionProgress>;

/** A collection ready to show: its items' titles, and the caller's progress per section when signed in. */
export const CollectionView = Collection.extend({
  itemTitles: ItemTitles,
  progress: z.array(SectionProgress).nullable(),
}).meta({ id: 'CollectionView' });
export type CollectionView = z.infer<typeof CollectionView>;

/** A row of the collection list. */
export const CollectionSummary = Collection.pick({ id: true, title: true, description: true })
  .extend({
    sections: z.array(z.object({ id: Slug, title: Localized, problems: z.number().int(), questions: z.number().int() })),
    problems: z.number().int(),
    questions: z.number().int(),
  })
  .meta({ id: 'CollectionSummary' });
export type CollectionSummary = z.infer<typeof CollectionSummary>;

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
