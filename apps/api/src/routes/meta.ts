import { createRoute } from '@hono/zod-openapi';
import { LanguageInfo as CoreLanguageInfo } from '@mianjing/core/judge';
import { ErrorBody } from '../errors.js';
import { type Deps, json, resource, z } from '../openapi.js';

const LanguageInfo = CoreLanguageInfo.meta({ id: 'Language' });

const health = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Health',
  responses: {
    200: json(
      z.object({
        status: z.literal('ok'),
        problems: z.number().int(),
        questions: z.number().int(),
        store: z.enum(['sqlite', 'postgres']).describe('Where accounts and submissions are kept'),
        queue: z.object({
          kind: z.enum(['in-process', 'redis']).describe('How submissions reach a judge'),
          waiting: z.number().int().describe('Submissions waiting for a judge, over every replica'),
          running: z.number().int().describe('Submissions being judged, over every replica'),
          workers: z.number().int().describe('Judge processes taking work now'),
        }),
      }),
      'The server is up',
    ),
    503: json(ErrorBody, 'The store or the queue cannot be reached (with Retry-After)'),
  },
});

const languages = createRoute({
  method: 'get',
  path: '/languages',
  summary: 'Judge languages',
  description: 'The languages the judge offers on this server, with availability and the reason when unavailable.',
  responses: { 200: json(z.object({ items: z.array(LanguageInfo) }), 'Languages') },
});

export function metaRoutes(deps: Deps) {
  const app = resource();
  app.openapi(health, async (c) =>
    c.json(
      {
        status: 'ok' as const,
        problems: deps.catalogue.problems.length,
        questions: deps.catalogue.questions.length,
        ...(await deps.practice.health()),
      },
      200,
    ),
  );
  // Python's availability (python3-numpy, a working bubblewrap sandbox) is checked once and cached by the judge.
  app.openapi(languages, async (c) => c.json({ items: await deps.judge.languages() }, 200));
  return app;
}
