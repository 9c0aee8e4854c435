import { createRoute } from '@hono/zod-openapi';
import { MianjingError, ProblemFilter, ProblemSummary, PublicProblem, toProblemSummary, toPublicProblem } from '@mianjing/core';
import { createBodyCache } from '../cache.js';
import { auth } from '../middleware/auth.js';
import { type Deps, errors, json, resource, z } from '../openapi.js';

const ListQuery = ProblemFilter.extend({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'List problems',
  description:
    'Filter by company, round, collection, kind, tag, difficulty and text (both languages and aliases such as 手写nms). Never includes tests or solutions.',
  request: { query: ListQuery },
  responses: {
    200: json(
      z.object({ items: z.array(ProblemSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
      'A page of problems',
    ),
    400: errors[400],
  },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One problem',
  description:
    'Statements, examples, signature, starter code and limits. The editorial is included once the caller has an accepted submission, or with `?reveal=editorial`.',
  request: {
    params: z.object({ id: z.string() }),
    query: z.object({ reveal: z.enum(['editorial']).optional() }),
  },
  responses: { 200: json(PublicProblem, 'The problem'), 400: errors[400], 404: errors[404] },
});

export function problemRoutes(deps: Deps) {
  const app = resource();
  const cache = createBodyCache();
  app.use('*', auth({ practice: deps.practice, required: false }));
  app.openapi(list, (c) => {
    const query = c.req.valid('query');
    return cache.json(c, `list ${JSON.stringify(query)}`, () => {
      const { limit, offset, ...filter } = query;
      const all = deps.catalogue.listProblems(filter);
      return { items: all.slice(offset, offset + limit).map(toProblemSummary), total: all.length, limit, offset };
    });
  });
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const problem = deps.catalogue.problem(id);
    if (!problem) throw new MianjingError('problem_not_found', `no problem with id "${id}"`);
    const user = c.get('user');
    const reveal = c.req.valid('query').reveal === 'editorial' || (user !== undefined && (await deps.practice.hasSolved(user.id, id)));
    return cache.json(c, `problem ${id} ${reveal}`, () => toPublicProblem(problem, reveal));
  });
  return app;
}
