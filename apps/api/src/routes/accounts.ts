import { createRoute } from '@hono/zod-openapi';
import { Progress, User } from '@mianjing/core';
import { auth, currentUser } from '../middleware/auth.js';
import { type Deps, bearer, errors, json, resource, z } from '../openapi.js';

const Name = z.object({ name: User.shape.name });

const createUser = createRoute({
  method: 'post',
  path: '/users',
  summary: 'Create an account',
  description: 'Returns the user and a bearer token. The token is shown only here; the server keeps only its hash.',
  request: { body: { content: { 'application/json': { schema: Name } }, required: true } },
  responses: { 201: json(User.extend({ token: z.string() }).meta({ id: 'NewUser' }), 'The account and its token'), 400: errors[400] },
});

const me = createRoute({
  method: 'get',
  path: '/me',
  summary: 'Who you are',
  security: bearer,
  responses: { 200: json(User, 'Your account'), 401: errors[401] },
});

const rename = createRoute({
  method: 'patch',
  path: '/me',
  summary: 'Change your name',
  security: bearer,
  request: { body: { content: { 'application/json': { schema: Name } }, required: true } },
  responses: { 200: json(User, 'Your account'), 400: errors[400], 401: errors[401] },
});

const progress = createRoute({
  method: 'get',
  path: '/me/progress',
  summary: 'Your progress',
  description:
    'Problems attempted and solved by company and kind, acceptance rate, reviews due and done, daily activity and the current streak.',
  security: bearer,
  responses: { 200: json(Progress.meta({ id: 'Progress' }), 'Progress'), 401: errors[401] },
});

export function accountRoutes(deps: Deps) {
  const app = resource();
  app.use('/me', auth({ practice: deps.practice, required: true }));
  app.use('/me/*', auth({ practice: deps.practice, required: true }));
  app.openapi(createUser, async (c) => {
    const { user, token } = await deps.practice.createUser(c.req.valid('json').name);
    return c.json({ ...user, token }, 201);
  });
  app.openapi(me, (c) => c.json(currentUser(c), 200));
  app.openapi(rename, async (c) =>
    c.json((await deps.practice.renameUser(currentUser(c).id, c.req.valid('json').name)) ?? currentUser(c), 200),
  );
  app.openapi(progress, async (c) => c.json(await deps.practice.progress(currentUser(c).id), 200));
  return app;
}
