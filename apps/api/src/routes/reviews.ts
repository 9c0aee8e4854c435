import { createRoute } from '@hono/zod-openapi';
import { DeckCard, DueReview, ReviewCard, ReviewRating } from '@mianjing/core';
import { auth, currentUser } from '../middleware/auth.js';
import { type Deps, bearer, errors, json, resource, z } from '../openapi.js';

const Due = z.object({ items: z.array(DueReview), count: z.number().int() }).meta({ id: 'DueReviews' });

const due = createRoute({
  method: 'get',
  path: '/due',
  summary: 'Flashcards due now',
  description:
    'Cards whose next review is due, never-reviewed cards included, soonest first. `source: "catalogue"`: a catalogue concept question (`question`). `source: "writeup"`: a card made from an author’s own concept item, in your deck because you wrote it or practise its write-up (`POST /writeups/{id}/practise`); it carries the item (prompt, the author’s answer, key points, what they said) and its write-up (id, title, author). Own cards of a write-up you may no longer read (made private, or hidden) are left out. Send `key` as `questionId` to `POST /reviews`.',
  security: bearer,
  responses: { 200: json(Due, 'Cards due'), 401: errors[401] },
});

const review = createRoute({
  method: 'post',
  path: '/',
  summary: 'Record a review',
  description:
    'Rates how well a card was remembered; FSRS schedules its next review. `questionId` is a catalogue concept question’s id or an own card’s key (`writeup:<writeupId>:<itemId>`, the `key` of a due card); an own card must be in your deck and its write-up readable by you (`404 card_not_found` otherwise).',
  security: bearer,
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ questionId: z.string().min(1).max(200), rating: ReviewRating }),
        },
      },
      required: true,
    },
  },
  responses: { 200: json(ReviewCard, 'The card’s new state and next due time'), 400: errors[400], 401: errors[401], 404: errors[404] },
});

const cards = createRoute({
  method: 'get',
  path: '/cards',
  summary: 'The cards in your deck',
  description:
    'Every card with a schedule, soonest due first: catalogue cards you reviewed or added by practising a write-up, and own cards (`questionId` `writeup:…`, with `own`: the item and its write-up) you may still read.',
  security: bearer,
  responses: { 200: json(z.object({ items: z.array(DeckCard) }), 'Cards with their schedule'), 401: errors[401] },
});

export function reviewRoutes(deps: Deps) {
  const app = resource();
  app.use('*', auth({ practice: deps.practice, required: true }));
  app.openapi(due, async (c) => {
    const items = await deps.practice.dueDeck(currentUser(c).id);
    return c.json({ items, count: items.length }, 200);
  });
  app.openapi(review, async (c) => {
    const { questionId, rating } = c.req.valid('json');
    return c.json(await deps.practice.review(currentUser(c).id, questionId, rating), 200);
  });
  app.openapi(cards, async (c) => c.json({ items: await deps.practice.cards(currentUser(c).id) }, 200));
  return app;
}
