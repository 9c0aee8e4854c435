import { MianjingError } from '@mianjing/core';
import { isUnavailableError } from '@mianjing/practice';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

/** The one error shape every failing response has. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** HTTP status and Retry-After (seconds) for each failure code. */
const STATUS: Record<string, { status: ContentfulStatusCode; retryAfterSeconds?: number }> = {
  invalid_request: { status: 400 },
  invalid_input: { status: 400 },
  invalid_answer: { status: 400 },
  not_concept: { status: 400 },
  not_numeric: { status: 400 },
  language_unavailable: { status: 400 },
  unauthorized: { status: 401 },
  forbidden: { status: 403 },
  not_found: { status: 404 },
  problem_not_found: { status: 404 },
  question_not_found: { status: 404 },
  round_not_found: { status: 404 },
  collection_not_found: { status: 404 },
  submission_not_found: { status: 404 },
  writeup_not_found: { status: 404 },
  item_not_found: { status: 404 },
  card_not_found: { status: 404 },
  payload_too_large: { status: 413 },
  rate_limited: { status: 429, retryAfterSeconds: 2 },
  queue_full: { status: 503, retryAfterSeconds: 5 },
  shutting_down: { status: 503, retryAfterSeconds: 5 },
  unavailable: { status: 503, retryAfterSeconds: 5 },
};

export function errorResponse(c: Context, code: string, message: string, fields?: Record<string, string>, retryAfter?: number) {
  const { status, retryAfterSeconds: usual } = STATUS[code] ?? { status: 500 };
  const retryAfterSeconds = retryAfter ?? usual;
  if (retryAfterSeconds) c.header('Retry-After', String(retryAfterSeconds));
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return c.json(body, status);
}

/** `app.onError`: known failures keep their code; anything else is a 500 without internals. */
export function handleError(error: Error, c: Context) {
  if (error instanceof MianjingError) {
    // A failure that knows how long to wait (a rate limit's window) says so; others get their code's usual Retry-After.
    const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    return errorResponse(c, error.code, error.message, error.fields, typeof retryAfter === 'number' ? retryAfter : undefined);
  }
  if (error instanceof HTTPException) {
    const code = error.status === 413 ? 'payload_too_large' : error.status === 401 ? 'unauthorized' : 'invalid_request';
    return errorResponse(c, code, error.message || 'the request could not be handled');
  }
  if (isUnavailableError(error)) {
    console.error(JSON.stringify({ level: 'warn', message: `storage or queue unreachable: ${error.message}` }));
    return errorResponse(c, 'unavailable', 'the service is briefly unavailable (storage or queue unreachable); try again shortly');
  }
  console.error(JSON.stringify({ level: 'error', message: error.message, stack: error.stack }));
  return c.json({ error: { code: 'internal', message: 'something went wrong on our side' } } satisfies ErrorBody, 500);
}
