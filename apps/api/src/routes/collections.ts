import { createRoute } from '@hono/zod-openapi';
import { CollectionSummary, CollectionView, MianjingError, toCollectionSummary, toCollectionView } from '@mianjing/core';
import { auth } from '../middleware/auth.js';
import { type Deps, errors, json, resource, z } from '../openapi.js';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Collections',
  description: 'Sectioned lists of problems and questions practised together (the CV/ML hand-coding canon), with counts per section.',
  responses: { 200: json(z.object({ items: z.array(CollectionSummary) }), 'Every collection') },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One collection',
  description:
    'Its sections and items in order with their titles. With a token, `progress` gives per section the problems attempted and solved and the questions done (flashcards reviewed, numeric questions answered correctly); without one it is null.',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: json(CollectionView, 'The collection'), 401: errors[401], 404: errors[404] },
});

export function collectionRoutes(deps: Deps) {
  const app = resource();
  const summaries = deps.catalogue.collections.map(toCollectionSummary);
  app.use('*', auth({ practice: deps.practice, required: false }));
  app.openapi(list, (c) => c.json({ items: summaries }, 200));
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const collection = deps.catalogue.collection(id);
    if (!collection) throw new MianjingError('collection_not_found', `no collection with id "${id}"`);
    const user = c.get('user');
    return c.json(toCollectionView(deps.catalogue, collection, user ? await deps.practice.progress(user.id) : undefined), 200);
  });
  return app;
}
