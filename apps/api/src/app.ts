import { Hono } from 'hono';
import { type Catalogue, loadCatalogue } from '@mianjing/core';

/**
 * The HTTP API. The first slice serves health and the read-only catalogue;
 * accounts, submissions and reviews come with the API issue.
 */
export function createApp(catalogue: Catalogue = loadCatalogue()) {
  const api = new Hono()
    .get('/health', (c) => c.json({ status: 'ok', problems: catalogue.problems.length, questions: catalogue.questions.length }))
    .get('/problems', (c) =>
      c.json({
        items: catalogue.problems.map((p) => ({
          id: p.id,
          title: p.title,
          difficulty: p.difficulty,
          kind: p.judge.kind,
          tags: p.tags,
          rounds: p.rounds,
          companies: p.companies,
        })),
      }),
    );
  return new Hono().route('/api/v1', api);
}

export type AppType = ReturnType<typeof createApp>;
