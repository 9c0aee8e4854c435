import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type Catalogue,
  type DeckCard,
  type DueCard,
  type DueReview,
  type Question,
  MianjingError,
  type NumericGrade,
  type Progress,
  type ReviewCard,
  type ReviewRating,
  type Submission,
  type User,
  grade,
  parseOwnCardKey,
} from '@mianjing/core';
import { type Judge, checkJudgeRequest } from '@mianjing/core/judge';
import { ownCardContents, servedCards } from './deck.js';
import { computeProgress } from './progress.js';
import { newCard, scheduleReview } from './reviews.js';
import { type Dispatcher, createInProcessDispatcher } from './queue.js';
import type { PracticeStore, SubmissionPage } from './store.js';
import { type WriteupLimits, createWriteups } from './writeups.js';

export interface PracticeOptions {
  readonly store: PracticeStore;
  readonly catalogue: Catalogue;
  readonly judge: Judge;
  /** How submissions reach a judge; in this process by default. */
  readonly dispatcher?: Dispatcher;
  /** Submissions that may wait for the judge before new ones are refused. */
  readonly maxQueued?: number;
  /** Submissions one person may have waiting or running at once. */
  readonly maxInFlightPerUser?: number;
  /** Overrides of `WRITEUP_LIMITS` (sizes and rates of users' write-ups). */
  readonly writeupLimits?: Partial<WriteupLimits>;
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
  const limits = { maxQueued: options.maxQueued ?? 100, maxInFlightPerUser: options.maxInFlightPerUser ?? 4 };
  const queue: Dispatcher = options.dispatcher ?? createInProcessDispatcher({ store, judge, now });

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

  /** A person's cards with what each own card shows; own cards they may no longer see are left out. */
  const deck = async (userId: string) => {
    const stored = await store.cards(userId);
    const contents = await ownCardContents(store, userId, stored);
    return { cards: servedCards(stored, contents), contents };
  };

  const progress = async (userId: string): Promise<Progress> => {
    const [submissions, { cards }, reviewLog, answers] = await Promise.all([
      store.submissionSummaries(userId),
      deck(userId),
      store.reviewLog(userId),
      store.answers(userId),
    ]);
    return computeProgress({ catalogue, submissions, cards, reviewLog, answers, now: now() });
  };

  const cardNotFound = (key: string) =>
    new MianjingError('card_not_found', `no card "${key}" in your deck: practise its write-up first, or it is no longer there`);

  return {
    queue,
    /** Users' write-ups: create, read under visibility, list, hide, practise. */
    writeups: createWriteups({ store, catalogue, now, progress, ...(options.writeupLimits ? { limits: options.writeupLimits } : {}) }),

    /** Creates a person and returns their token, which is stored only as a hash. */
    async createUser(name: string): Promise<{ user: User; token: string }> {
      const user: User = { id: randomUUID(), name, createdAt: now().toISOString() };
      const token = `mj_${randomBytes(24).toString('base64url')}`;
      await store.createUser(user, hashToken(token));
      return { user, token };
    },
    authenticate(token: string): Promise<User | undefined> {
      return store.userByTokenHash(hashToken(token));
    },
    renameUser(userId: string, name: string): Promise<User | undefined> {
      return store.renameUser(userId, name);
    },

    /** Refuses (`language_unavailable`, naming the reason) a language the judge cannot run here. */
    async ensureLanguage(languageId: string): Promise<void> {
      const language = (await judge.languages()).find((l) => l.id === languageId);
      if (language && !language.available) {
        throw new MianjingError('language_unavailable', `${language.name} is not available on this server: ${language.reason}`, {
          language: language.reason ?? 'unavailable',
        });
      }
    },

    /**
     * Checks and stores a submission, then dispatches it. Throws `MianjingError`
     * (`invalid_request`, `problem_not_found`, `invalid_input`,
     * `rate_limited`, `queue_full`, `shutting_down`) before anything is stored.
     * Once stored it is accepted: a dispatch that fails (Redis down) is
     * retried by the dispatcher's sweep, never lost.
     */
    async submit(userId: string, request: unknown): Promise<Submission> {
      const checked = checkJudgeRequest(catalogue, request);
      if (!queue.accepting) throw new MianjingError('shutting_down', 'the server is shutting down; try again shortly');
      const submission = await store.insertSubmission(
        {
          id: randomUUID(),
          userId,
          problemId: checked.problemId,
          language: checked.language,
          mode: checked.mode,
          code: checked.code,
          customInputs: checked.customInputs,
          createdAt: now().toISOString(),
        },
        limits,
      );
      await queue.dispatch(submission).catch(() => undefined);
      return submission;
    },
    /** A person's own submission; another person's is indistinguishable from a missing one. */
    async submission(userId: string, id: string): Promise<Submission | undefined> {
      const submission = await store.submission(id);
      return submission?.userId === userId ? submission : undefined;
    },
    async waitForSubmission(userId: string, id: string, timeoutMs: number): Promise<Submission | undefined> {
      const finished = await queue.waitFor(id, timeoutMs);
      return finished?.userId === userId ? finished : this.submission(userId, id);
    },
    listSubmissions(userId: string, query: { problemId?: string; limit: number; cursor?: string }): Promise<SubmissionPage> {
      return store.listSubmissions(userId, query);
    },
    async hasSolved(userId: string, problemId: string): Promise<boolean> {
      return (await store.submissionSummaries(userId)).some(
        (s) => s.problemId === problemId && s.mode === 'submit' && s.verdict === 'Accepted',
      );
    },

    /** Grades a numeric answer and records it. */
    async answer(userId: string, questionId: string, value: number): Promise<NumericGrade> {
      const graded = grade(questionId, value, catalogue);
      await store.recordAnswer({ userId, questionId, value, correct: graded.correct, answeredAt: now().toISOString() });
      return graded;
    },

    /** Catalogue concept cards due now (never-reviewed ones included), soonest first. */
    async dueReviews(userId: string): Promise<DueCard[]> {
      const at = now();
      const cards = new Map((await store.cards(userId)).map((c) => [c.questionId, c]));
      return catalogue.questions
        .filter((q): q is ConceptCard => q.kind === 'concept')
        .map((question) => ({ question, card: cards.get(question.id) ?? newCard(question.id, at) }))
        .filter((entry) => new Date(entry.card.due) <= at)
        .sort((a, b) => a.card.due.localeCompare(b.card.due));
    },
    /**
     * Every card due now, soonest first: catalogue concept questions (never
     * reviewed ones included) and the own cards in the person's deck (their own
     * write-ups' and those they practise) that they may still see, each with
     * what it shows.
     */
    async dueDeck(userId: string): Promise<DueReview[]> {
      const at = now();
      const { cards, contents } = await deck(userId);
      const byKey = new Map(cards.map((c) => [c.questionId, c]));
      const catalogueCards: DueReview[] = catalogue.questions
        .filter((q): q is ConceptCard => q.kind === 'concept')
        .map((question) => ({
          source: 'catalogue' as const,
          key: question.id,
          question,
          card: byKey.get(question.id) ?? newCard(question.id, at),
        }));
      const ownCards: DueReview[] = cards.flatMap((card) => {
        const content = contents.get(card.questionId);
        return content ? [{ source: 'writeup' as const, key: card.questionId, ...content, card }] : [];
      });
      return [...catalogueCards, ...ownCards]
        .filter((entry) => new Date(entry.card.due) <= at)
        .sort((a, b) => a.card.due.localeCompare(b.card.due));
    },
    /**
     * Records a review and returns the card's new schedule. `questionId` is a
     * catalogue concept question's id or an own card's key; an own card must be
     * in the deck and its write-up still readable (`card_not_found` otherwise).
     */
    async review(userId: string, questionId: string, rating: ReviewRating): Promise<ReviewCard> {
      const at = now();
      if (parseOwnCardKey(questionId)) {
        const current = await store.card(userId, questionId);
        if (!current || !(await ownCardContents(store, userId, [current])).has(questionId)) throw cardNotFound(questionId);
        const card = scheduleReview(current, rating, at);
        if (!(await store.saveReview(userId, card, { userId, questionId, rating, reviewedAt: at.toISOString() }))) {
          throw cardNotFound(questionId);
        }
        return card;
      }
      conceptQuestion(questionId);
      const card = scheduleReview((await store.card(userId, questionId)) ?? newCard(questionId, at), rating, at);
      await store.saveReview(userId, card, { userId, questionId, rating, reviewedAt: at.toISOString() });
      return card;
    },
    /** What `/health` reports: the store and dispatcher in use, submissions waiting and running everywhere, live judges. */
    async health() {
      const [depth, workers] = await Promise.all([store.queueDepth(), queue.liveWorkers()]);
      return { store: store.kind, queue: { kind: queue.kind, ...depth, workers } };
    },
    /** The cards in a person's deck with their schedule, soonest due first; own cards carry what they show. */
    async cards(userId: string): Promise<DeckCard[]> {
      const { cards, contents } = await deck(userId);
      return cards.map((card) => {
        const own = contents.get(card.questionId);
        return own ? { ...card, own } : card;
      });
    },

    progress,
  };
}

export type Practice = ReturnType<typeof createPractice>;
