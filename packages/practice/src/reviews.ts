import type { CardPhase, ReviewCard, ReviewRating } from '@mianjing/core';
import { type Card, type Grade, Rating, State, createEmptyCard, fsrs } from 'ts-fsrs';

const scheduler = fsrs({ enable_fuzz: false });

const phases: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const states: Record<CardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const grades: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** A card never reviewed, due now. */
export function newCard(questionId: string, now: Date): ReviewCard {
  return fromFsrs(questionId, createEmptyCard(now));
}

function fromFsrs(questionId: string, card: Card): ReviewCard {
  return {
    questionId,
    phase: phases[card.state],
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: states[card.phase],
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

/**
 * The card after a review with the given rating (FSRS, no fuzz, so the same
 * history always gives the same schedule).
 *
 * @example scheduleReview(newCard('dpo', now), 'good', now).due // later than now
 */
export function scheduleReview(card: ReviewCard, rating: ReviewRating, now: Date): ReviewCard {
  return fromFsrs(card.questionId, scheduler.next(toFsrs(card), now, grades[rating]).card);
}
