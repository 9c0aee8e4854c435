import { type Catalogue, type Progress, type ReviewCard, parseOwnCardKey } from '@mianjing/core';
import type { AnswerEntry, ReviewLogEntry } from './store.js';

export interface ProgressInput {
  readonly catalogue: Catalogue;
  readonly submissions: readonly { problemId: string; mode: string; verdict: string | null; createdAt: string }[];
  /** The person's deck: catalogue cards and the own cards they may see (`writeup:…` keys). */
  readonly cards: readonly ReviewCard[];
  readonly reviewLog: readonly ReviewLogEntry[];
  readonly answers: readonly AnswerEntry[];
  readonly now: Date;
}

const day = (iso: string) => iso.slice(0, 10);

/** Days in a row with activity, counting back from today (or from yesterday if today is still empty). */
export function streakOf(activeDays: ReadonlySet<string>, now: Date): number {
  const cursor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (!activeDays.has(day(cursor.toISOString()))) cursor.setUTCDate(cursor.getUTCDate() - 1);
  let streak = 0;
  while (activeDays.has(day(cursor.toISOString()))) {
    streak++;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return streak;
}

/** A card put in a deck (by practising a write-up) is not reviewed until it has been. */
const reviewed = (card: ReviewCard) => card.lastReview !== null;
const isOwn = (card: ReviewCard) => parseOwnCardKey(card.questionId) !== undefined;

/** Catalogue flashcards reviewed at least once are reviewed; a numeric question is correct once answered correctly. */
function questionStatusOf(cards: readonly ReviewCard[], answers: readonly AnswerEntry[]): Progress['questionStatus'] {
  const status: Progress['questionStatus'] = {};
  for (const card of cards) if (reviewed(card) && !isOwn(card)) status[card.questionId] = 'reviewed';
  for (const answer of answers) {
    if (answer.correct) status[answer.questionId] = 'correct';
    else status[answer.questionId] ??= 'answered';
  }
  return status;
}

/** A person's progress over the catalogue, from what the store holds about them. */
export function computeProgress(input: ProgressInput): Progress {
  const { catalogue, submissions, cards, reviewLog, answers, now } = input;
  const attempted = new Set(submissions.map((s) => s.problemId));
  const solved = new Set(submissions.filter((s) => s.mode === 'submit' && s.verdict === 'Accepted').map((s) => s.problemId));
  const count = (key: (p: Catalogue['problems'][number]) => readonly string[]) => {
    const out: Progress['problems']['byCompany'] = {};
    for (const problem of catalogue.problems) {
      for (const k of key(problem)) {
        const entry = (out[k] ??= { attempted: 0, solved: 0, total: 0 });
        entry.total++;
        if (attempted.has(problem.id)) entry.attempted++;
        if (solved.has(problem.id)) entry.solved++;
      }
    }
    return out;
  };
  const submits = submissions.filter((s) => s.mode === 'submit');
  const accepted = submits.filter((s) => s.verdict === 'Accepted').length;
  const conceptIds = catalogue.questions.filter((q) => q.kind === 'concept').map((q) => q.id);
  const cardById = new Map(cards.map((c) => [c.questionId, c]));
  const due =
    conceptIds.filter((id) => {
      const card = cardById.get(id);
      return !card || new Date(card.due) <= now;
    }).length + cards.filter((card) => isOwn(card) && new Date(card.due) <= now).length;

  const days = new Map<string, Progress['activity'][number]>();
  const bump = (iso: string, field: 'submissions' | 'solved' | 'reviews' | 'answers') => {
    const date = day(iso);
    const entry = days.get(date) ?? { date, submissions: 0, solved: 0, reviews: 0, answers: 0 };
    entry[field]++;
    days.set(date, entry);
  };
  for (const s of submissions) {
    bump(s.createdAt, 'submissions');
    if (s.mode === 'submit' && s.verdict === 'Accepted') bump(s.createdAt, 'solved');
  }
  for (const r of reviewLog) bump(r.reviewedAt, 'reviews');
  for (const a of answers) bump(a.answeredAt, 'answers');
  const activity = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));

  return {
    problems: {
      attempted: attempted.size,
      solved: solved.size,
      total: catalogue.problems.length,
      byCompany: count((p) => p.companies),
      byKind: count((p) => [p.judge.kind]),
      byCollection: count((p) => p.collections),
    },
    problemStatus: Object.fromEntries([...attempted].map((id) => [id, solved.has(id) ? ('solved' as const) : ('attempted' as const)])),
    questionStatus: questionStatusOf(cards, answers),
    submissions: { total: submits.length, accepted, acceptanceRate: submits.length === 0 ? 0 : accepted / submits.length },
    reviews: { due, done: reviewLog.length, cards: cards.filter(reviewed).length },
    numeric: { answered: answers.length, correct: answers.filter((a) => a.correct).length },
    activity,
    streak: streakOf(new Set(days.keys()), now),
  };
}
