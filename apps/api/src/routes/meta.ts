import { createRoute } from '@hono/zod-openapi';
import { Language } from '@mianjing/core';
import { type Deps, json, resource, z } from '../openapi.js';

const LanguageInfo = z
  .object({
    id: Language,
    name: z.string(),
    available: z.boolean(),
    /** Why the language cannot be used here, when it cannot. */
    reason: z.string().nullable(),
    fileExtension: z.string(),
  })
  .meta({ id: 'Language' });

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

const LANGUAGE_INFO: z.infer<typeof LanguageInfo>[] = [
  { id: 'typescript', name: 'TypeScript', available: true, reason: null, fileExtension: 'ts' },
  { id: 'javascript', name: 'JavaScript', available: true, reason: null, fileExtension: 'js' },
];

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
  app.openapi(languages, (c) => c.json({ items: LANGUAGE_INFO }, 200));
  return app;
}
