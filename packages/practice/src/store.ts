import type { JudgeResult, ReviewCard, ReviewRating, Submission, User } from '@mianjing/core';
import type { StoreKind } from './db/open.js';

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

/** What may be waiting at once: checked against the database, so it holds across every process. */
export interface SubmissionLimits {
  /** Queued submissions (all users) before new ones are refused with `queue_full`. */
  readonly maxQueued: number;
  /** Queued or running submissions of one user before new ones are refused with `rate_limited`. */
  readonly maxInFlightPerUser: number;
}

/** A submission a judge has claimed, with how many judges have started on it (this one included). */
export type ClaimedSubmission = Submission & { readonly attempts: number };

/**
 * Everything the practice loop keeps. The API, the judge workers and the
 * terminal app all talk to this interface; one implementation runs on SQLite
 * and on Postgres. Submissions move queued → running → done through guarded
 * updates (each only from the state it expects), so a job delivered twice is
 * recorded once.
 */
export interface PracticeStore {
  readonly kind: StoreKind;
  createUser(user: User, tokenHash: string): Promise<void>;
  userByTokenHash(tokenHash: string): Promise<User | undefined>;
  renameUser(id: string, name: string): Promise<User | undefined>;

  /** Stores a queued submission, or throws `rate_limited` / `queue_full`: checked and written atomically. */
  insertSubmission(submission: NewSubmission, limits: SubmissionLimits): Promise<Submission>;
  /** queued or running → running, counting the attempt; undefined when it is done or unknown. */
  claimSubmission(id: string, startedAt: string): Promise<ClaimedSubmission | undefined>;
  /** running → done with its result; false when another judge recorded it first. */
  finishSubmission(id: string, result: JudgeResult, finishedAt: string): Promise<boolean>;
  /** running → queued: a judge hands back work it will not finish. */
  releaseSubmission(id: string): Promise<void>;
  submission(id: string): Promise<Submission | undefined>;
  listSubmissions(userId: string, options: { problemId?: string; limit: number; cursor?: string }): Promise<SubmissionPage>;
  /** Queued or running submissions, oldest first: the work to resume or dispatch again. */
  unfinishedSubmissions(): Promise<Submission[]>;
  /** Submissions waiting and being judged, over every process. */
  queueDepth(): Promise<{ waiting: number; running: number }>;
  /** Every finished submission of a user, without code or result (for progress). */
  submissionSummaries(userId: string): Promise<{ problemId: string; mode: string; verdict: string | null; createdAt: string }[]>;

  card(userId: string, questionId: string): Promise<ReviewCard | undefined>;
  cards(userId: string): Promise<ReviewCard[]>;
  saveReview(userId: string, card: ReviewCard, log: ReviewLogEntry): Promise<void>;
  reviewLog(userId: string): Promise<ReviewLogEntry[]>;

  recordAnswer(answer: AnswerEntry): Promise<void>;
  answers(userId: string): Promise<AnswerEntry[]>;

  /** Resolves when the database answers; throws when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
