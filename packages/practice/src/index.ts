export { createPractice, type Practice, type PracticeOptions } from './practice.js';
export { openSqliteStore } from './sqlite-store.js';
export type { PracticeStore, NewSubmission, SubmissionPage, ReviewLogEntry, AnswerEntry } from './store.js';
export { createSubmissionQueue, type SubmissionQueue } from './queue.js';
export { computeProgress, streakOf } from './progress.js';
export { newCard, scheduleReview } from './reviews.js';
