export { createPractice, type Practice, type PracticeOptions } from './practice.js';
export { openStore, createKyselyStore } from './kysely-store.js';
export {
  openDatabase,
  redactUrl,
  describeDbError,
  isUnavailableError,
  StoreOpenError,
  type StoreKind,
  type StoreLocation,
  type OpenDatabase,
} from './db/open.js';
export { DatabaseTooNewError, migrationNames } from './db/migrations.js';
export type {
  PracticeStore,
  NewSubmission,
  SubmissionPage,
  SubmissionLimits,
  ClaimedSubmission,
  ReviewLogEntry,
  AnswerEntry,
  WriteupRecord,
  StoredWriteup,
  WriteupListing,
  WriteupScope,
  RateWindow,
} from './store.js';
export {
  createWriteups,
  checkWriteupSize,
  checkDraftSize,
  companyKey,
  parseWriteupInput,
  RateLimitedError,
  WRITEUP_LIMITS,
  type WriteupLimits,
  type Writeups,
} from './writeups.js';
export { createInProcessDispatcher, createFinishSignal, type Dispatcher } from './queue.js';
export { judgeStoredSubmission, MAX_JUDGE_ATTEMPTS } from './judging.js';
export { copySqliteToPostgres } from './copy.js';
export { computeProgress, streakOf } from './progress.js';
export { newCard, scheduleReview } from './reviews.js';
export { createRedisDispatcher, type RedisDispatcherOptions } from './redis-queue.js';
export { startJudgeWorker, type JudgeWorker, type JudgeWorkerOptions } from './redis-worker.js';
export { connectRedis, JUDGE_QUEUE, DONE_CHANNEL } from './redis.js';
