import { createRoute } from '@hono/zod-openapi';
import { MianjingError, PublicSubmission, type Submission } from '@mianjing/core';
import { JudgeRequest, MAX_SOURCE_BYTES } from '@mianjing/core/judge';
import { auth, currentUser } from '../middleware/auth.js';
import { type Deps, bearer, errors, json, resource, z } from '../openapi.js';

const Queued = z.object({ id: z.string(), status: z.enum(['queued', 'running']) }).meta({ id: 'QueuedSubmission' });
const SubmissionView = PublicSubmission.meta({ id: 'Submission' });

/** The request body as documented; its code size is checked by the handler so it can answer 413. */
const Body = JudgeRequest.extend({ code: z.string().min(1, 'code is empty') });

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Submit code',
  description:
    'Stores the submission and queues it for judging: `202 { id, status }`. With `?wait=true` the answer is `200` with the finished submission, or `202` if judging takes longer than the server waits.',
  security: bearer,
  request: {
    query: z.object({ wait: z.enum(['true', 'false']).optional() }),
    body: { content: { 'application/json': { schema: Body } }, required: true },
  },
  responses: {
    200: json(SubmissionView, 'Judged (with ?wait=true)'),
    202: json(Queued, 'Queued; poll GET /submissions/{id}'),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    413: json(errors[400].content['application/json'].schema, 'Code larger than 64 KiB or body over the limit'),
    429: json(errors[400].content['application/json'].schema, 'Too many submissions in flight; see Retry-After'),
    503: json(errors[400].content['application/json'].schema, 'The judge queue is full; see Retry-After'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One of your submissions',
  security: bearer,
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: json(SubmissionView, 'The submission'), 401: errors[401], 404: errors[404] },
});

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Your submissions, newest first',
  security: bearer,
  request: {
    query: z.object({
      problemId: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      cursor: z
        .string()
        .regex(/^[0-9a-z]+$/, 'not a cursor from a previous page')
        .optional(),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(SubmissionView), nextCursor: z.string().nullable() }), 'A page of submissions'),
    400: errors[400],
    401: errors[401],
  },
});

const view = ({ userId: _userId, ...rest }: Submission) => rest;

export function submissionRoutes(deps: Deps) {
  const app = resource();
  app.use('*', auth({ practice: deps.practice, required: true }));
  app.openapi(create, async (c) => {
    const user = currentUser(c);
    const body = c.req.valid('json');
    if (Buffer.byteLength(body.code, 'utf8') > MAX_SOURCE_BYTES) {
      throw new MianjingError('payload_too_large', `code is larger than ${MAX_SOURCE_BYTES / 1024} KiB`, { code: 'too large' });
    }
    await deps.practice.ensureLanguage(body.language);
    const submission = await deps.practice.submit(user.id, body);
    if (c.req.valid('query').wait === 'true') {
      const finished = await deps.practice.waitForSubmission(user.id, submission.id, deps.maxWaitMs);
      if (finished?.status === 'done') return c.json(view(finished), 200);
      return c.json({ id: submission.id, status: finished?.status === 'running' ? ('running' as const) : ('queued' as const) }, 202);
    }
    return c.json({ id: submission.id, status: 'queued' as const }, 202);
  });
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const submission = await deps.practice.submission(currentUser(c).id, id);
    if (!submission) throw new MianjingError('submission_not_found', `no submission with id "${id}"`);
    return c.json(view(submission), 200);
  });
  app.openapi(list, async (c) => {
    const { problemId, limit, cursor } = c.req.valid('query');
    const page = await deps.practice.listSubmissions(currentUser(c).id, {
      limit,
      ...(problemId ? { problemId } : {}),
      ...(cursor ? { cursor } : {}),
    });
    return c.json({ items: page.items.map(view), nextCursor: page.nextCursor }, 200);
  });
  return app;
}
