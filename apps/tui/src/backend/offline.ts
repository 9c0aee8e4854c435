import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import {
  type Catalogue,
  CollectionSummary,
  CollectionView,
  Company,
  MianjingError,
  Progress,
  ProblemSummary,
  PublicProblem,
  PublicQuestion,
  ReviewCard,
  RoundView,
  loadCatalogue,
  timeline,
  toCollectionSummary,
  toCollectionView,
  toProblemSummary,
  toPublicProblem,
  toPublicQuestion,
  WriteupSummary,
  WriteupView,
} from '@mianjing/core';
import { parseWriteup, WriteupDraft } from '@mianjing/writeups';
import { createJudge } from '@mianjing/core/judge';
import { type Practice, checkDraftSize, createPractice, openStore } from '@mianjing/practice';
import { z } from 'zod';
import { type Backend, orderGrade } from './backend.js';
import { DueReview, PublicSubmission } from '@mianjing/core';

/** Longest a local judgement may take before `mj` gives up waiting (the judge has its own limits). */
const JUDGE_WAIT_MS = 10 * 60_000;

/** Write-ups are listed a page at a time, as the API serves them. */
const WRITEUP_PAGE = 100;

const LocalUser = z.object({ token: z.string() });

/** The person this home folder practises as: created once, remembered in `user.json`. */
async function localUser(practice: Practice, home: string) {
  const path = join(home, 'user.json');
  if (existsSync(path)) {
    const saved = LocalUser.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    const user = saved.success ? await practice.authenticate(saved.data.token) : undefined;
    if (user) return user;
  }
  const name = (() => {
    try {
      return userInfo().username || 'me';
    } catch {
      return 'me';
    }
  })();
  const { user, token } = await practice.createUser(name.slice(0, 80));
  writeFileSync(path, `${JSON.stringify({ token })}\n`, { mode: 0o600 });
  return user;
}

/**
 * Mianjing without a server: the bundled catalogue, the core judge running
 * here, and the practice loop over `<home>/mianjing.db` — the same code the
 * API runs.
 */
export function openOfflineBackend(options: { home: string; catalogue?: Catalogue }): Backend {
  // Opening the store is asynchronous; the backend is handed out at once and each call waits for it.
  const ready = openOffline(options);
  ready.catch(() => undefined); // reported by the first call that needs it
  type Method = Exclude<keyof Backend, 'mode' | 'signedIn' | 'close'>;
  const later = <K extends Method>(name: K) =>
    (async (...args: unknown[]) => ((await ready)[name] as (...a: unknown[]) => unknown)(...args)) as Backend[K];
  return {
    mode: 'offline',
    signedIn: true,
    companies: later('companies'),
    listProblems: later('listProblems'),
    problem: later('problem'),
    judge: later('judge'),
    questions: later('questions'),
    question: later('question'),
    answer: later('answer'),
    dueReviews: later('dueReviews'),
    review: later('review'),
    progress: later('progress'),
    collections: later('collections'),
    collection: later('collection'),
    interviews: later('interviews'),
    writeups: later('writeups'),
    writeup: later('writeup'),
    createWriteup: later('createWriteup'),
    draftWriteup: later('draftWriteup'),
    close: async () => (await ready.catch(() => undefined))?.close(),
  };
}

async function openOffline(options: { home: string; catalogue?: Catalogue }): Promise<Backend> {
  const catalogue = options.catalogue ?? loadCatalogue();
  mkdirSync(options.home, { recursive: true });
  const store = await openStore({ sqlitePath: join(options.home, 'mianjing.db') });
  const judge = createJudge({ catalogue, concurrency: 1 });
  const practice = createPractice({ store, catalogue, judge, maxInFlightPerUser: 1 });
  const user = await localUser(practice, options.home);
  const rounds = timeline(catalogue);

  const problemOrThrow = (id: string) => {
    const problem = catalogue.problem(id);
    if (!problem) throw new MianjingError('problem_not_found', `no problem with id "${id}"`);
    return problem;
  };

  return {
    mode: 'offline',
    signedIn: true,
    companies: async () => z.array(Company).parse(catalogue.companies),
    listProblems: async (filter) => z.array(ProblemSummary).parse(catalogue.listProblems(filter).map(toProblemSummary)),
    problem: async (id, problemOptions) => {
      const problem = problemOrThrow(id);
      const reveal = problemOptions?.editorial === true || (await practice.hasSolved(user.id, id));
      return PublicProblem.parse(toPublicProblem(problem, reveal));
    },
    judge: async (request) => {
      const queued = await practice.submit(user.id, request);
      for (;;) {
        const current = await practice.waitForSubmission(user.id, queued.id, JUDGE_WAIT_MS);
        if (current?.status === 'done') return PublicSubmission.parse(current);
        if (!current) throw new MianjingError('submission_not_found', `no submission with id "${queued.id}"`);
      }
    },
    questions: async (filter) => z.array(PublicQuestion).parse(catalogue.listQuestions(filter).map(toPublicQuestion)),
    question: async (id) => {
      const question = catalogue.question(id);
      if (!question) throw new MianjingError('question_not_found', `no question with id "${id}"`);
      return PublicQuestion.parse(toPublicQuestion(question));
    },
    answer: async (questionId, value) => {
      if (!catalogue.question(questionId)) throw new MianjingError('question_not_found', `no question with id "${questionId}"`);
      return orderGrade(await practice.answer(user.id, questionId, value));
    },
    dueReviews: async () => z.array(DueReview).parse(await practice.dueDeck(user.id)),
    review: async (questionId, rating) => ReviewCard.parse(await practice.review(user.id, questionId, rating)),
    progress: async () => Progress.parse(await practice.progress(user.id)),
    collections: async () => z.array(CollectionSummary).parse(catalogue.collections.map(toCollectionSummary)),
    collection: async (id) => {
      const collection = catalogue.collection(id);
      if (!collection) throw new MianjingError('collection_not_found', `no collection with id "${id}"`);
      return CollectionView.parse(toCollectionView(catalogue, collection, await practice.progress(user.id)));
    },
    interviews: async (company) => z.array(RoundView).parse(company ? rounds.filter((r) => r.company === company) : rounds),
    async writeups(scope) {
      const items: unknown[] = [];
      for (let offset: number | null = 0; offset !== null; ) {
        const page = await practice.writeups.list({ scope, viewerId: user.id, limit: WRITEUP_PAGE, offset });
        items.push(...page.items);
        offset = page.nextOffset;
      }
      return z.array(WriteupSummary).parse(items);
    },
    writeup: async (id) => WriteupView.parse(await practice.writeups.get(id, user.id)),
    createWriteup: async (input) => WriteupView.parse(await practice.writeups.create(user.id, input)),
    draftWriteup: async (text, draftOptions) => {
      checkDraftSize(text);
      return WriteupDraft.parse(parseWriteup(text, catalogue, draftOptions));
    },
    close: async () => {
      await practice.queue.stop(0);
      await judge.close();
      await store.close();
    },
  };
}
