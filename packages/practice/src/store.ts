import type { JudgeResult, Locale, ReviewCard, ReviewRating, Submission, User, UserText, UserWriteup, Visibility } from '@mianjing/core';
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

/** A user's write-up as written to the store: the document and what lists filter on. */
export interface WriteupRecord {
  readonly writeup: UserWriteup;
  readonly ownerId: string;
  /** Normalised company keys (see `companyKey`), for the company filter. */
  readonly companies: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * The flashcards of its own concept items, kept in step with the document:
   * `keys` are every own card it now has (cards of items no longer there leave
   * every deck); `added` are new cards for items it did not have before, put in
   * the owner's deck and in the deck of everyone holding a card of it. Absent:
   * no card changes.
   */
  readonly cards?: { readonly keys: readonly string[]; readonly added: readonly ReviewCard[] };
}

/** A stored write-up with its author's name and whether an operator hid it. */
export interface StoredWriteup extends WriteupRecord {
  readonly ownerName: string;
  readonly hidden: boolean;
}

/** A write-up in a list: no document, only what a list shows. */
export interface WriteupListing {
  readonly id: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly title: UserText;
  readonly language: Locale;
  readonly visibility: Visibility;
  readonly hidden: boolean;
  readonly companies: string[];
  readonly rounds: number;
  readonly items: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Which write-ups a list shows: public ones no operator hid, or every one of an owner. */
export type WriteupScope = { readonly public: true } | { readonly ownerId: string };

/** A sliding-window limit on one action of one user. */
export interface RateWindow {
  readonly max: number;
  readonly windowMs: number;
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
  /**
   * Stores a card's new schedule and logs the review. A catalogue card is
   * created if need be; an own card (`writeup:…` key) only updated, so a card
   * whose write-up or item went away is not brought back: false then, and
   * nothing is logged.
   */
  saveReview(userId: string, card: ReviewCard, log: ReviewLogEntry): Promise<boolean>;
  /** Puts new cards in a person's deck, leaving those already there as they are; resolves with how many were added. */
  addCards(userId: string, cards: readonly ReviewCard[]): Promise<number>;
  /** Takes a write-up's own cards out of a person's deck; resolves with how many were removed. */
  removeWriteupCards(userId: string, writeupId: string): Promise<number>;
  reviewLog(userId: string): Promise<ReviewLogEntry[]>;

  recordAnswer(answer: AnswerEntry): Promise<void>;
  answers(userId: string): Promise<AnswerEntry[]>;

  /** Stores a new write-up with its company keys. */
  insertWriteup(record: WriteupRecord): Promise<void>;
  /** Replaces the document of the owner's write-up (keeping `createdAt`); false when it is not theirs or gone. */
  updateWriteup(record: WriteupRecord): Promise<boolean>;
  /** Deletes the owner's write-up with everyone's practice marks and cards of it; false when it is not theirs or gone. */
  deleteWriteup(id: string, ownerId: string): Promise<boolean>;
  writeup(id: string): Promise<StoredWriteup | undefined>;
  /** Newest-updated first, optionally only those naming a company key. */
  listWriteups(scope: WriteupScope, options: { company?: string; limit: number; offset: number }): Promise<WriteupListing[]>;
  /** An operator hides or shows a write-up; false when there is none. */
  setWriteupHidden(id: string, hidden: boolean): Promise<boolean>;
  /** Marks one of a write-up's own items practised by a user (`at`), or unmarks it (`null`). */
  setItemPractised(userId: string, writeupId: string, itemKey: string, at: string | null): Promise<void>;
  /** Item key → when the user marked it practised, for one write-up. */
  practisedItems(userId: string, writeupId: string): Promise<Record<string, string>>;
  /**
   * Records one rate-limited action at `at` if the user has done it fewer than
   * `window.max` times in the window before, atomically over every process;
   * otherwise records nothing and returns how many ms until it would be allowed.
   */
  takeRateEvent(userId: string, action: string, window: RateWindow, at: Date): Promise<{ retryAfterMs: number } | undefined>;

  /** Resolves when the database answers; throws when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
