import { type JudgeResult, MianjingError, type Submission } from '@mianjing/core';
import type { Judge } from '@mianjing/core/judge';
import type { PracticeStore } from './store.js';

/** Judges that may start on one submission; the next claim records it as an internal error instead. */
export const MAX_JUDGE_ATTEMPTS = 3;

const internalError = (submission: Submission, message: string): JudgeResult => ({
  problemId: submission.problemId,
  language: submission.language,
  mode: submission.mode,
  verdict: 'InternalError',
  passed: 0,
  total: 0,
  tests: [],
  maxTimeMs: 0,
  totalTimeMs: 0,
  peakHeapMb: 0,
  internalMessage: message,
});

/**
 * Claims a stored submission, judges it and records the result, through
 * guarded updates: a submission already done is left alone (undefined), and
 * of two judges racing on one, only the first result is recorded. One that
 * judges have started on more than `MAX_JUDGE_ATTEMPTS` times (each crashed
 * or was killed) ends as an `InternalError` saying so.
 */
export async function judgeStoredSubmission(
  store: PracticeStore,
  judge: Judge,
  id: string,
  now: () => Date,
): Promise<Submission | undefined> {
  const claimed = await store.claimSubmission(id, now().toISOString());
  if (!claimed) return undefined;
  let result: JudgeResult;
  if (claimed.attempts > MAX_JUDGE_ATTEMPTS) {
    result = internalError(
      claimed,
      `judging this submission was started ${MAX_JUDGE_ATTEMPTS} times and never finished (the judge crashed or was stopped each time); it is given up`,
    );
  } else {
    try {
      result = await judge.judge({
        problemId: claimed.problemId,
        language: claimed.language,
        code: claimed.code,
        mode: claimed.mode,
        customInputs: claimed.customInputs,
      });
    } catch (error) {
      result = internalError(claimed, error instanceof MianjingError ? error.message : 'the judge failed unexpectedly');
    }
  }
  await store.finishSubmission(id, result, now().toISOString());
  return store.submission(id);
}
