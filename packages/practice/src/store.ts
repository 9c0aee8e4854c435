import type { JudgeResult, ReviewCard, ReviewRating, Submission, SubmissionStatus, User } from '@mianjing/core';

/** A submission as stored before it is judged. */
export type NewSubmission = Omit<Submission, 'status' | 'finishedAt' | 'result'>;

export interface SubmissionPage {
  readonly items: Submission[];
  /** Pass back to get the next (older) page; null at the end. */
  readonly nextCursor: string | null;
}

export interface ReviewLogEntry {
  readonly userId: string;
  readonly questionId: string;
  readonly rating: ReviewRating;
  readonly reviewedAt: string;
}

export interface AnswerEntry {
  readonly userId: string;
  readonly questionId: string;
  readonly value: number;
  readonly correct: boolean;
  readonly answeredAt: string;
}

/**
 * Everything the practice loop keeps. The API and the terminal app both talk
 * to this interface; SQLite implements it today, a server database can later.
 */
export interface PracticeStore {
  createUser(user: User, tokenHash: string): void;
  userByTokenHash(tokenHash: string): User | undefined;
  renameUser(id: string, name: string): User | undefined;

  insertSubmission(submission: NewSubmission): Submission;
  /** Moves a submission along: queued → running → done (with its result). */
  updateSubmission(id: string, status: SubmissionStatus, result?: JudgeResult, finishedAt?: string): void;
  submission(id: string): Submission | undefined;
  listSubmissions(userId: string, options: { problemId?: string; limit: number; cursor?: string }): SubmissionPage;
  /** Queued or running submissions, oldest first: the work to resume after a restart. */
  unfinishedSubmissions(): Submission[];
  /** Every finished submission of a user, without code or result (for progress). */
  submissionSummaries(userId: string): { problemId: string; mode: string; verdict: string | null; createdAt: string }[];

  card(userId: string, questionId: string): ReviewCard | undefined;
  cards(userId: string): ReviewCard[];
  saveReview(userId: string, card: ReviewCard, log: ReviewLogEntry): void;
  reviewLog(userId: string): ReviewLogEntry[];

  recordAnswer(answer: AnswerEntry): void;
  answers(userId: string): AnswerEntry[];

  close(): void;
}
