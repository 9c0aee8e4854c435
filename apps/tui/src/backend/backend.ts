import {
  type CollectionSummary,
  type CollectionView,
  type Company,
  type NumericGrade,
  type ProblemFilter,
  type ProblemSummary,
  type Progress,
  type PublicProblem,
  type PublicQuestion,
  type QuestionFilter,
  type ReviewCard,
  type ReviewRating,
  type RoundView,
  type DueReview,
  type PublicSubmission,
  type UserWriteupInput,
  type WriteupSummary,
  type WriteupView,
} from '@mianjing/core';
import type { WriteupDraft } from '@mianjing/writeups';
import type { JudgeRequest } from '@mianjing/core/judge';

/**
 * Everything `mj` does with Mianjing, offline or against a server. Both
 * implementations return data of the API's shapes (checked with core's
 * schemas, so keys come out in the same order), which is what makes their
 * output identical. Failures are `MianjingError`s with the API's codes.
 */
export interface Backend {
  readonly mode: 'offline' | 'server';
  /** Whether someone is signed in; without it, submissions, reviews and progress are refused. */
  readonly signedIn: boolean;
  companies(): Promise<Company[]>;
  listProblems(filter: ProblemFilter): Promise<ProblemSummary[]>;
  /** Throws `problem_not_found`. The editorial comes with `editorial` or once solved. */
  problem(id: string, options?: { editorial?: boolean }): Promise<PublicProblem>;
  /** Judges a submission (`run` or `submit`) and resolves once it is done. */
  judge(request: JudgeRequest): Promise<PublicSubmission>;
  questions(filter: QuestionFilter): Promise<PublicQuestion[]>;
  question(id: string): Promise<PublicQuestion>;
  answer(questionId: string, value: number): Promise<NumericGrade>;
  /** Every card due now: catalogue concept questions and own cards of write-ups (the reader's and those they practise). */
  dueReviews(): Promise<DueReview[]>;
  review(questionId: string, rating: ReviewRating): Promise<ReviewCard>;
  progress(): Promise<Progress>;
  collections(): Promise<CollectionSummary[]>;
  /** Throws `collection_not_found`; `progress` is filled in when signed in. */
  collection(id: string): Promise<CollectionView>;
  /** The timeline: every round in date order, optionally of one company. */
  interviews(company?: string): Promise<RoundView[]>;
  /** Your write-ups (`mine`, every visibility) or everyone's public ones with the curated ones first. */
  writeups(scope: 'mine' | 'public'): Promise<WriteupSummary[]>;
  /** Throws `writeup_not_found` for one you may not read. */
  writeup(id: string): Promise<WriteupView>;
  /** Saves a new write-up of yours; errors name the field. */
  createWriteup(input: UserWriteupInput): Promise<WriteupView>;
  /** Parses pasted text into a draft write-up and its report; nothing is stored. */
  draftWriteup(text: string, options: { language?: 'zh' | 'en'; year?: number }): Promise<WriteupDraft>;
  close(): Promise<void>;
}

/** Key order of a numeric grade, as the API sends it. */
export const orderGrade = (grade: NumericGrade): NumericGrade => ({
  questionId: grade.questionId,
  correct: grade.correct,
  given: grade.given,
  expected: grade.expected,
  unit: grade.unit,
  explanation: grade.explanation,
});
