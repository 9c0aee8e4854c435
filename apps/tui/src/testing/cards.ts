import type { ReviewCard } from '@mianjing/core';

/** A never-reviewed card, due now, as the API serves it. */
export const newCardFor = (questionId: string): ReviewCard => ({
  questionId,
  phase: 'new',
  due: new Date().toISOString(),
  stability: 0,
  difficulty: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
  lastReview: null,
});
