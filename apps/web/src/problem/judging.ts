import type { paths } from '@mianjing/api/client';
import type { JudgeMode, Submission, TestInput } from '@mianjing/core';
import { call, read } from '../lib/api.js';

/** The body of POST /submissions as this server's API document types it. */
type SubmitBody = paths['/submissions']['post']['requestBody']['content']['application/json'];

/** A submission as the API shows it to its owner. */
export type SubmissionView = Omit<Submission, 'userId'>;

export interface JudgeBody {
  readonly problemId: string;
  readonly language: string;
  readonly code: string;
  readonly mode: JudgeMode;
  readonly customInputs?: TestInput[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends code to the judge and follows it until it is judged, reporting
 * "queued" and "running" on the way. The POST is not retried (it could be
 * judged twice); the polling survives a lost connection.
 */
export async function judgeCode(body: JudgeBody, onStatus: (status: SubmissionView['status']) => void): Promise<SubmissionView> {
  const created = await call((api) =>
    // The language comes from GET /languages and the server checks it.
    api.POST('/submissions', {
      body: { ...body, language: body.language as SubmitBody['language'], customInputs: body.customInputs ?? [] },
    }),
  );
  onStatus(created.status);
  for (let attempt = 0; ; attempt++) {
    await sleep(attempt < 8 ? 200 : 500);
    const submission = await read((api) => api.GET('/submissions/{id}', { params: { path: { id: created.id } } }));
    onStatus(submission.status);
    if (submission.status === 'done') return submission as SubmissionView;
  }
}

/** Parses the custom inputs typed by the person: each must be a JSON object. */
export function parseCustomInputs(texts: readonly string[]): { inputs: TestInput[] } | { error: { index: number; why: string } } {
  const inputs: TestInput[] = [];
  for (const [index, text] of texts.entries()) {
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { error: { index, why: (error as Error).message } };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { error: { index, why: 'expected { "name": value, … }' } };
    inputs.push(value as TestInput);
  }
  return { inputs };
}
