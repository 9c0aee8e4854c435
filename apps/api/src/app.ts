import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { docsRoutes } from './docs.js';
import { errorResponse, handleError } from './errors.js';
import { accessLog } from './middleware/access-log.js';
import type { AuthEnv } from './middleware/auth.js';
import type { Deps } from './openapi.js';
import { accountRoutes } from './routes/accounts.js';
import { collectionRoutes } from './routes/collections.js';
import { interviewRoutes } from './routes/interviews.js';
import { metaRoutes } from './routes/meta.js';
import { problemRoutes } from './routes/problems.js';
import { questionRoutes } from './routes/questions.js';
import { reviewRoutes } from './routes/reviews.js';
import { submissionRoutes } from './routes/submissions.js';
import { writeupRoutes } from './routes/writeups.js';

/** Largest request body accepted (code is limited to 64 KiB on its own). */
export const MAX_BODY_BYTES = 256 * 1024;

/** The draft route's own path: pasted text has a larger limit than any other body. */
const DRAFT_PATH = '/api/v1/writeups/draft';

/**
 * The largest body the draft route accepts, from its text limit: a client that
 * escapes what is not ASCII (`\uXXXX`, as Python's json does) sends a CJK
 * character's 3 UTF-8 bytes as 6 and an emoji's 4 as 12, so a text at the
 * limit may be up to 3× as long as JSON; 4× and a little for the other fields
 * lets every text at the limit reach the draft's own check, which answers 413
 * naming `text`.
 */
export const draftBodyBytes = (maxDraftTextBytes: number) => 4 * maxDraftTextBytes + 16 * 1024;

export interface AppOptions extends Deps {
  /** Writes access-log lines; `false` turns logging off. */
  readonly log?: ((line: string) => void) | false;
  /** Extra routes mounted last (the web app's static files). */
  readonly fallback?: (app: OpenAPIHono<AuthEnv>) => void;
  /** The operator's token (ADMIN_TOKEN) for hiding write-ups; unset, nobody may. */
  readonly adminToken?: string | undefined;
}

/**
 * The HTTP API: one sub-app per resource under /api/v1, the OpenAPI
 * document at /api/v1/openapi.json and its reference page at /api/docs.
 */
export function createApp(options: AppOptions) {
  const api = new OpenAPIHono<AuthEnv>()
    .route('/problems', problemRoutes(options))
    .route('/questions', questionRoutes(options))
    .route('/collections', collectionRoutes(options))
    .route('/submissions', submissionRoutes(options))
    .route('/reviews', reviewRoutes(options))
    .route('/writeups', writeupRoutes(options))
    .route('/', interviewRoutes(options))
    .route('/', accountRoutes(options))
    .route('/', metaRoutes(options));
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token from POST /api/v1/users',
  });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Mianjing API',
      version: '1.0.0',
      description: 'Practice interview rounds from real write-ups: problems judged in a sandbox, numeric questions and FSRS flashcards.',
    },
    servers: [{ url: '/api/v1' }],
  });

  const app = new OpenAPIHono<AuthEnv>();
  if (options.log !== false) app.use('*', accessLog(options.log ? { write: options.log } : {}));
  const limitBodyTo = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => errorResponse(c, 'payload_too_large', `the request body is larger than ${Math.floor(maxSize / 1024)} KiB`),
    });
  const limitBody = limitBodyTo(MAX_BODY_BYTES);
  const limitDraftBody = limitBodyTo(draftBodyBytes(options.practice.writeups.limits.maxDraftTextBytes));
  // Only requests that may carry a body: checking one makes the server build a full Request object.
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return c.req.method === 'POST' && c.req.path === DRAFT_PATH ? limitDraftBody(c, next) : limitBody(c, next);
  });
  app.route('/api/v1', api);
  app.route('/api/docs', docsRoutes());
  const noRoute = (c: Context) => errorResponse(c, 'not_found', `no route for ${c.req.method} ${c.req.path}`);
  // An unknown API path is the JSON 404, never the web app's shell mounted below.
  app.all('/api', noRoute);
  app.all('/api/*', noRoute);
  options.fallback?.(app);
  app.notFound(noRoute);
  app.onError(handleError);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
