import { createRoute } from '@hono/zod-openapi';
import { Application, Company, MianjingError, RoundView, timeline } from '@mianjing/core';
import { type Deps, errors, json, resource, z } from '../openapi.js';

const CompanyView = Company.extend({
  applications: z.array(Application.extend({ writeup: z.string() })),
  rounds: z.array(z.string()),
}).meta({ id: 'Company' });

const list = createRoute({
  method: 'get',
  path: '/interviews',
  summary: 'The interview timeline',
  description: 'Every round of every write-up in date order, with its items in the order they happened.',
  request: { query: z.object({ company: z.string().optional() }) },
  responses: { 200: json(z.object({ items: z.array(RoundView) }), 'Rounds in date order'), 400: errors[400] },
});

const get = createRoute({
  method: 'get',
  path: '/interviews/{roundId}',
  summary: 'One round',
  request: { params: z.object({ roundId: z.string() }) },
  responses: { 200: json(RoundView, 'The round with its items'), 404: errors[404] },
});

const companies = createRoute({
  method: 'get',
  path: '/companies',
  summary: 'Companies',
  description: 'Every company with the applications made to it and its rounds.',
  responses: { 200: json(z.object({ items: z.array(CompanyView) }), 'Companies') },
});

export function interviewRoutes(deps: Deps) {
  const rounds = timeline(deps.catalogue);
  const app = resource();
  app.openapi(list, (c) => {
    const { company } = c.req.valid('query');
    return c.json({ items: company ? rounds.filter((r) => r.company === company) : rounds }, 200);
  });
  app.openapi(get, (c) => {
    const { roundId } = c.req.valid('param');
    const round = rounds.find((r) => r.id === roundId);
    if (!round) throw new MianjingError('round_not_found', `no round with id "${roundId}"`);
    return c.json(round, 200);
  });
  app.openapi(companies, (c) =>
    c.json(
      {
        items: deps.catalogue.companies.map((company) => ({
          ...company,
          applications: deps.catalogue.writeups.flatMap((w) =>
            w.applications.filter((a) => a.company === company.id).map((a) => ({ ...a, writeup: w.id })),
          ),
          rounds: rounds.filter((r) => r.company === company.id).map((r) => r.id),
        })),
      },
      200,
    ),
  );
  return app;
}
