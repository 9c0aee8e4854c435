import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type Catalogue,
  type DueCard,
  type Question,
  MianjingError,
  type NumericGrade,
  type Progress,
  type ReviewCard,
  type ReviewRating,
  type Submission,
  type User,
  grade,
} from '@mianjing/core';
import { type Judge, checkJudgeRequest } from '@mianjing/core/judge';
import { computeProgress } from './progress.js';
import { newCard, scheduleReview } from './reviews.js';
import { type SubmissionQueue, createSubmissionQueue } from './queue.js';
import type { PracticeStore, SubmissionPage } from './store.js';

export interface PracticeOptions {
  readonly store: PracticeStore;
  readonly catalogue: Catalogue;
  readonly judge: Judge;
  /** Submissions that may wait for the judge before new ones are refused. */
  readonly maxQueued?: number;
  /** Submissions one person may have waiting or running at once. */
  readonly maxInFlightPerUser?: number;
  readonly now?: () => Date;
}

type ConceptCard = Extract<Question, { kind: 'concept' }>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The practice loop — accounts, submissions through the queue, numeric
 * answers, flashcard reviews and progress — over a store and a judge. The API
 * and the terminal app's offline mode are both thin layers over this.
 */
export function createPractice(options: PracticeOptions) {
  const { store, catalogue, judge } = options;
  const now = options.now ?? (() => new Date());
  const maxInFlight = options.maxInFlightPerUser ?? 4;
  const queue: SubmissionQueue = createSubmissionQueue({ store, judge, maxQueued: options.maxQueued ?? 100, now });

  const conceptQuestion = (questionId: string): ConceptCard => {
    const question = catalogue.question(questionId);
    if (!question) throw new MianjingError('question_not_found', `no question with id "${questionId}"`);
    if (question.kind !== 'concept') {
      throw new MianjingError('not_concept', `"${questionId}" is a numeric question; answer it instead of reviewing it`, {
        questionId: 'not a concept question',
      });
    }
    return question;
  };

  return {
    queue,

    /** Creates a person and returns their token, which is stored only as a hash. */
    createUser(name: string): { user: User; token: string } {
      const user: User = { id: randomUUID(), name, createdAt: now().toISOString() };
      const token = `mj_${randomBytes(24).toString('base64url')}`;
      store.createUser(user, hashToken(token));
      return { user, token };
    },
    authenticate(token: string): User | undefined {
      return store.userByTokenHash(hashToken(token));
    },
    renameUser(userId: string, name: string): User | undefined {
      return store.renameUser(userId, name);
    },

    /**
     * Checks and stores a submission, then queues it. Throws `MianjingError`
     * (`invalid_request`, `problem_not_found`, `invalid_input`,
     * `rate_limited`, `queue_full`) before anything is stored.
     */
    /** Refuses (`language_unavailable`, naming the reason) a language the judge cannot run here. */
    async ensureLanguage(languageId: string): Promise<void> {
      const language = (await judge.languages()).find((l) => l.id === languageId);
      if (language && !language.available) {
        throw new MianjingError('language_unavailable', `${language.name} is not available on this server: ${language.reason}`, {
          language: language.reason ?? 'unavailable',
        });
      }
    },

    submit(userId: string, request: unknown): Submission {
      const checked = checkJudgeRequest(catalogue, request);
      if (queue.inFlight(userId) >= maxInFlight) {
        throw new MianjingError('rate_limited', `you already have ${maxInFlight} submissions waiting; wait for one to finish`);
      }
      if (!queue.hasRoom()) {
        throw new MianjingError('queue_full', 'the judge queue is full; try again shortly');
      }
      const submission = store.insertSubmission({
        id: randomUUID(),
        userId,
        problemId: checked.problemId,
        language: checked.language,
        mode: checked.mode,
        code: checked.code,
        customInputs: checked.customInputs,
        createdAt: now().toISOString(),
      });
      queue.enqueue(submission);
      return submission;
    },
    /** A person's own submission; another person's is indistinguishable from a missing one. */
    submission(userId: string, id: string): Submission | undefined {
      const submission = store.submission(id);
      return submission?.userId === userId ? submission : undefined;
    },
    async waitForSubmission(userId: string, id: string, timeoutMs: number): Promise<Submission | undefined> {
      const finished = await queue.waitFor(id, timeoutMs);
      return finished ?? this.submission(userId, id);
    },
    listSubmissions(userId: string, query: { problemId?: string; limit: number; cursor?: string }): SubmissionPage {
      return store.listSubmissions(userId, query);
    },
    hasSolved(userId: string, problemId: string): boolean {
      return store.submissionSummaries(userId).some((s) => s.problemId === problemId && s.mode === 'submit' && s.verdict === 'Accepted');
    },

    /** Grades a numeric answer and records it. */
    answer(userId: string, questionId: string, value: number): NumericGrade {
      const graded = grade(questionId, value, catalogue);
      store.recordAnswer({ userId, questionId, value, correct: graded.correct, answeredAt: now().toISOString() });
      return graded;
    },

    /** Concept cards due now (never-reviewed ones included), soonest first. */
    dueReviews(userId: string): DueCard[] {
      const at = now();
      const cards = new Map(store.cards(userId).map((c) => [c.questionId, c]));
      return catalogue.questions
        .filter((q): q is ConceptCard => q.kind === 'concept')
        .map((question) => ({ question, card: cards.get(question.id) ?? newCard(question.id, at) }))
        .filter((entry) => new Date(entry.card.due) <= at)
        .sort((a, b) => a.card.due.localeCompare(b.card.due));
    },
    /** Records a review and returns the card's new schedule. */
    review(userId: string, questionId: string, rating: ReviewRating): ReviewCard {
      conceptQuestion(questionId);
      const at = now();
      const card = scheduleReview(store.card(userId, questionId) ?? newCard(questionId, at), rating, at);
      store.saveReview(userId, card, { userId, questionId, rating, reviewedAt: at.toISOString() });
      return card;
    },
    cards(userId: string): ReviewCard[] {
      return store.cards(userId);
    },

    progress(userId: string): Progress {
      return computeProgress({
        catalogue,
        submissions: store.submissionSummaries(userId),
        cards: store.cards(userId),
        reviewLog: store.reviewLog(userId),
        answers: store.answers(userId),
        now: now(),
      });
    },
  };
}

export type Practice = ReturnType<typeof createPractice>;
