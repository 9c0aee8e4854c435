import { OpenAPIHono, z } from '@hono/zod-openapi';
import { fieldsFromZod } from '@mianjing/core';
import type { Catalogue } from '@mianjing/core';
import type { Judge } from '@mianjing/core/judge';
import type { Practice } from '@mianjing/practice';
import { ErrorBody, errorResponse } from './errors.js';
import type { AuthEnv } from './middleware/auth.js';

/** What every resource's routes are built from. */
export interface Deps {
  readonly catalogue: Catalogue;
  readonly practice: Practice;
  readonly judge: Judge;
  /** How long `?wait=true` may hold a request before answering 202. */
  readonly maxWaitMs: number;
}

/** A sub-app whose invalid requests answer 400 naming each bad field. */
export function resource() {
  return new OpenAPIHono<AuthEnv>({
    defaultHook: (result, c) => {
      if (!result.success)
        return errorResponse(
          c,
          'invalid_request',
          `the ${result.target === 'json' ? 'body' : result.target} is not valid`,
          fieldsFromZod(result.error),
        );
      return undefined;
    },
  });
}

/** `{ content: application/json }` of a schema, for route definitions. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errors = {
  400: json(ErrorBody, 'A field of the request is not valid; `fields` names each'),
  401: json(ErrorBody, 'Missing or invalid bearer token'),
  404: json(ErrorBody, 'No such resource'),
} as const;

export const bearer = [{ bearer: [] }];

export { z };
