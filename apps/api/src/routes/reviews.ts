import { createRoute } from '@hono/zod-openapi';
import { DueCard, ReviewCard, ReviewRating } from '@mianjing/core';
import { auth, currentUser } from '../middleware/auth.js';
import { type Deps, bearer, errors, json, resource, z } from '../openapi.js';

const Due = z.object({ items: z.array(DueCard), count: z.number().int() }).meta({ id: 'DueReviews' });

const due = createRoute({
  method: 'get',
  path: '/due',
  summary: 'Flashcards due now',
  description: 'Concept cards whose next review is due, never-reviewed cards included, soonest first.',
  security: bearer,
  responses: { 200: json(Due, 'Cards due'), 401: errors[401] },
});

const review = createRoute({
  method: 'post',
  path: '/',
  summary: 'Record a review',
  description: 'Rates how well a concept card was remembered; FSRS schedules its next review.',
  security: bearer,
  request: {
    body: {
      content: { 'application/json': { schema: z.object({ questionId: z.string(), rating: ReviewRating }) } },
      required: true,
    },
  },
  responses: { 200: json(ReviewCard, 'The card’s new state and next due time'), 400: errors[400], 401: errors[401], 404: errors[404] },
});

const cards = createRoute({
  method: 'get',
  path: '/cards',
  summary: 'All your reviewed cards',
  security: bearer,
  responses: { 200: json(z.object({ items: z.array(ReviewCard) }), 'Cards with their schedule'), 401: errors[401] },
});

export function reviewRoutes(deps: Deps) {
  const app = resource();
  app.use('*', auth({ practice: deps.practice, required: true }));
  app.openapi(due, async (c) => {
    const items = await deps.practice.dueReviews(currentUser(c).id);
    return c.json({ items, count: items.length }, 200);
  });
  app.openapi(review, async (c) => {
    const { questionId, rating } = c.req.valid('json');
    return c.json(await deps.practice.review(currentUser(c).id, questionId, rating), 200);
  });
  app.openapi(cards, async (c) => c.json({ items: await deps.practice.cards(currentUser(c).id) }, 200));
  return app;
}
