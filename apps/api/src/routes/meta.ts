import { createRoute } from '@hono/zod-openapi';
import { LanguageInfo as CoreLanguageInfo } from '@mianjing/core/judge';
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
        queue: z.object({ waiting: z.number().int(), running: z.number().int() }),
      }),
      'The server is up',
    ),
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
  app.openapi(health, (c) =>
    c.json(
      {
        status: 'ok' as const,
        problems: deps.catalogue.problems.length,
        questions: deps.catalogue.questions.length,
        queue: deps.practice.queue.depth,
      },
      200,
    ),
  );
  // Python's availability (python3-numpy, a working bubblewrap sandbox) is checked once and cached by the judge.
  app.openapi(languages, async (c) => c.json({ items: await deps.judge.languages() }, 200));
  return app;
}
