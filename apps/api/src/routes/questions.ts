import { createRoute } from '@hono/zod-openapi';
import { MianjingError, NumericGrade, PublicQuestion, QuestionFilter, grade, toPublicQuestion } from '@mianjing/core';
import { auth } from '../middleware/auth.js';
import { type Deps, errors, json, resource, z } from '../openapi.js';

const Grade = NumericGrade.meta({ id: 'NumericGrade' });

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'List questions',
  description: 'Numeric questions (without their answers) and concept flashcards.',
  request: { query: QuestionFilter },
  responses: { 200: json(z.object({ items: z.array(PublicQuestion) }), 'Questions'), 400: errors[400] },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One question',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: json(PublicQuestion, 'The question'), 404: errors[404] },
});

const answer = createRoute({
  method: 'post',
  path: '/{id}/answer',
  summary: 'Answer a numeric question',
  description:
    'Grades the value within the question’s tolerance and returns the expected value and the worked explanation. With a bearer token the answer counts towards progress.',
  request: {
    params: z.object({ id: z.string() }),
    body: { content: { 'application/json': { schema: z.object({ value: z.number().finite() }) } }, required: true },
  },
  responses: { 200: json(Grade, 'The grade'), 400: errors[400], 404: errors[404] },
});

export function questionRoutes(deps: Deps) {
  const app = resource();
  app.use('*', auth({ practice: deps.practice, required: false }));
  app.openapi(list, (c) => c.json({ items: deps.catalogue.listQuestions(c.req.valid('query')).map(toPublicQuestion) }, 200));
  app.openapi(get, (c) => {
    const { id } = c.req.valid('param');
    const question = deps.catalogue.question(id);
    if (!question) throw new MianjingError('question_not_found', `no question with id "${id}"`);
    return c.json(toPublicQuestion(question), 200);
  });
  app.openapi(answer, async (c) => {
    const { id } = c.req.valid('param');
    const { value } = c.req.valid('json');
    const user = c.get('user');
    if (!deps.catalogue.question(id)) throw new MianjingError('question_not_found', `no question with id "${id}"`);
    return c.json(user ? await deps.practice.answer(user.id, id, value) : grade(id, value, deps.catalogue), 200);
  });
  return app;
}
