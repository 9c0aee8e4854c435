import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { Locale, MianjingError, UserWriteupInput, WriteupDeck, WriteupSummary, WriteupView } from '@mianjing/core';
import { checkDraftSize, checkWriteupSize } from '@mianjing/practice';
import { WriteupDraft, parseWriteup } from '@mianjing/writeups';
import type { MiddlewareHandler } from 'hono';
import { ErrorBody } from '../errors.js';
import { type AuthEnv, auth, currentUser } from '../middleware/auth.js';
import { type Deps, bearer, errors, json, resource, z } from '../openapi.js';

const error = (description: string) => json(ErrorBody, description);
const tooLarge = error('A field, the write-up or the pasted text is over its limit; `fields` names it');
const rateLimited = error('Too many write-ups or drafts this minute; see Retry-After');

const Id = z.object({ id: z.string().min(1).max(64) });
const Body = { content: { 'application/json': { schema: UserWriteupInput.meta({ id: 'UserWriteupInput' }) } }, required: true };
const View = WriteupView;

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Write-ups',
  description:
    '`scope=public` (the default): the write-ups bundled with the content (`curated: true`, first, on the first page) and users’ public ones with their author’s name. `scope=mine` (needs a token): all of yours, whatever their visibility, marked `hidden` if an operator hid one. Unlisted write-ups are never in the public list. `company` is a company id or a name (`小红书`).',
  security: bearer,
  request: {
    query: z.object({
      scope: z.enum(['public', 'mine']).default('public'),
      company: z.string().trim().min(1).max(100).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
      offset: z.coerce.number().int().min(0).max(100_000).default(0),
    }),
  },
  responses: {
    200: json(
      z.object({ items: z.array(WriteupSummary), nextOffset: z.number().int().nullable() }).meta({ id: 'WriteupList' }),
      'Newest-updated first',
    ),
    400: errors[400],
    401: errors[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Save a new write-up',
  description:
    'The write-up as its author corrected it (`private` unless `visibility` says otherwise). Sizes are checked first (`413` naming the field), then the shape and that catalogue ids exist (`400` naming the field); a few write-ups a minute per person (`429`).',
  security: bearer,
  request: { body: Body },
  responses: { 201: json(View, 'Saved'), 400: errors[400], 401: errors[401], 413: tooLarge, 429: rateLimited },
});

const draft = createRoute({
  method: 'post',
  path: '/draft',
  summary: 'Draft a write-up from pasted text',
  description:
    'Parses pasted text (up to 100 KB of UTF-8) into a draft write-up for its author to correct, with a report of what each line became. Nothing is stored; a few drafts a minute per person (`429`). This route takes a larger body than others (4× the text limit and 16 KiB, so text at the limit fits however the client escapes it); text over its limit answers `413` with `fields.text`.',
  security: bearer,
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            text: z.string().min(1, 'text is empty'),
            language: Locale.optional(),
            year: z.number().int().min(2000).max(2100).optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: json(WriteupDraft.meta({ id: 'WriteupDraft' }), 'The draft and the report'),
    400: errors[400],
    401: errors[401],
    413: tooLarge,
    429: rateLimited,
  },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One write-up',
  description:
    'A curated write-up, a public or unlisted one, or your own (private and hidden included); anything else is `404`. With a token, `practice` gives your state on each item: catalogue problems by status, catalogue questions reviewed or answered, the author’s own items when you marked them practised.',
  security: bearer,
  request: { params: Id },
  responses: { 200: json(View, 'The write-up'), 404: errors[404] },
});

const update = createRoute({
  method: 'put',
  path: '/{id}',
  summary: 'Replace your write-up',
  security: bearer,
  request: { params: Id, body: Body },
  responses: { 200: json(View, 'Saved'), 400: errors[400], 401: errors[401], 404: errors[404], 413: tooLarge },
});

const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: 'Delete your write-up',
  description:
    'Deletes it with everyone’s practice marks on it and everyone’s cards of its own concept items (their review history stays).',
  security: bearer,
  request: { params: Id },
  responses: { 204: { description: 'Deleted' }, 401: errors[401], 404: errors[404] },
});

const operatorRoute = (action: 'hide' | 'unhide') =>
  createRoute({
    method: 'post',
    path: `/{id}/${action}`,
    summary: action === 'hide' ? 'Hide a write-up (operator)' : 'Show a hidden write-up again (operator)',
    description:
      'Needs `Authorization: Bearer <ADMIN_TOKEN>`, the token the server was started with. A hidden write-up is gone (`404`, not listed) for everyone but its owner, who sees it marked `hidden`. Without `ADMIN_TOKEN` set these answer `403`.',
    security: bearer,
    request: { params: Id },
    responses: {
      200: json(View, 'The write-up as its owner now sees it'),
      401: errors[401],
      403: error('Not the operator token, or operator endpoints are off (ADMIN_TOKEN unset)'),
      404: errors[404],
    },
  });

const practised = createRoute({
  method: 'post',
  path: '/{id}/items/{itemKey}/practised',
  summary: 'Mark one of the author’s own items practised',
  description:
    'For the author’s own coding and concept items (`own-problem`, `own-concept`), which are not judged: marks it practised by you (`practised: true`, the default) or unmarks it. Catalogue items are practised by submitting or reviewing them.',
  security: bearer,
  request: {
    params: Id.extend({ itemKey: z.string().min(1).max(100) }),
    body: { content: { 'application/json': { schema: z.object({ practised: z.boolean().default(true) }) } }, required: false },
  },
  responses: {
    200: json(
      z.object({ itemKey: z.string(), practised: z.boolean(), practisedAt: z.string().nullable() }).meta({ id: 'ItemPractised' }),
      'Your mark',
    ),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

const practiseRoute = (method: 'post' | 'delete') =>
  createRoute({
    method,
    path: '/{id}/practise',
    summary:
      method === 'post'
        ? 'Practise a write-up: add its flashcards to your deck'
        : 'Stop practising a write-up: take its own cards out of your deck',
    description:
      method === 'post'
        ? 'Any write-up you may read (curated, public, unlisted, your own). Puts a card for each of the author’s own concept items (`own-concept`) and each catalogue concept question it names in your review deck, due now; cards already there keep their schedule, so calling it again adds nothing. `added` counts the cards new to your deck. The author’s own cards are in their deck from the moment they save; new items the author adds later join the deck of everyone practising it, removed ones leave it.'
        : 'Takes this write-up’s own cards out of your deck (`removed` counts them); catalogue concept questions stay, as in every deck. Practising again adds them back, new.',
    security: bearer,
    request: { params: Id },
    responses: { 200: json(WriteupDeck, 'What changed in your deck'), 401: errors[401], 404: errors[404] },
  });

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** Lets through only `Authorization: Bearer <ADMIN_TOKEN>`; with no admin token configured, nobody. */
export function operatorAuth(options: { readonly adminToken: string | undefined }): MiddlewareHandler<AuthEnv> {
  const expected = options.adminToken === undefined ? undefined : sha256(options.adminToken);
  return async function operatorAuthHandler(c, next) {
    if (!expected) throw new MianjingError('forbidden', 'operator endpoints are off on this server (start it with ADMIN_TOKEN set)');
    const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new MianjingError('unauthorized', 'this needs the operator token: send Authorization: Bearer <ADMIN_TOKEN>');
    // Compared as hashes: equal lengths, in constant time.
    if (!timingSafeEqual(sha256(token), expected)) throw new MianjingError('forbidden', 'this token is not the operator token');
    await next();
  };
}

/**
 * Checks a JSON body's sizes before its schema is (413 naming the field, not a
 * schema error); the validator reads the same parsed body again from Hono's cache.
 */
function sizeLimit(check: (raw: unknown) => void): MiddlewareHandler<AuthEnv> {
  return async function sizeLimitHandler(c, next) {
    check(await c.req.json().catch(() => undefined));
    await next();
  };
}

export interface WriteupRouteOptions extends Deps {
  /** The operator's token for hide/unhide; unset turns those endpoints off. */
  readonly adminToken?: string | undefined;
}

/** Users' write-ups under /writeups: owner-only writes, reads under visibility, drafts, operator hiding, practice marks. */
export function writeupRoutes(deps: WriteupRouteOptions) {
  const writeups = deps.practice.writeups;
  const app = resource();
  const operator = operatorAuth({ adminToken: deps.adminToken });
  app.use('/:id/hide', operator);
  app.use('/:id/unhide', operator);
  // Reading needs no account and operator routes take the admin token instead; everything else needs a user (401 before any body check).
  const optionalUser = auth({ practice: deps.practice, required: false });
  const requiredUser = auth({ practice: deps.practice, required: true });
  app.use('*', (c, next) =>
    c.req.method === 'GET' || /\/(hide|unhide)$/.test(c.req.path) ? optionalUser(c, next) : requiredUser(c, next),
  );
  const writeupSize = sizeLimit((raw) => checkWriteupSize(raw, writeups.limits));
  app.on('POST', '/', writeupSize);
  app.on('PUT', '/:id', writeupSize);
  app.on(
    'POST',
    '/draft',
    sizeLimit((raw) => {
      const text = (raw as { text?: unknown } | undefined)?.text;
      if (typeof text === 'string') checkDraftSize(text, writeups.limits);
    }),
  );

  app.openapi(list, async (c) => {
    const { scope, company, limit, offset } = c.req.valid('query');
    const viewerId = c.get('user')?.id;
    return c.json(await writeups.list({ scope, limit, offset, ...(viewerId ? { viewerId } : {}), ...(company ? { company } : {}) }), 200);
  });
  app.openapi(create, async (c) => c.json(await writeups.create(currentUser(c).id, c.req.valid('json')), 201));
  app.openapi(draft, async (c) => {
    const { text, language, year } = c.req.valid('json');
    await writeups.allowDraft(currentUser(c).id, text);
    return c.json(parseWriteup(text, deps.catalogue, { ...(language ? { language } : {}), ...(year ? { year } : {}) }), 200);
  });
  app.openapi(get, async (c) => c.json(await writeups.get(c.req.valid('param').id, c.get('user')?.id), 200));
  app.openapi(update, async (c) => c.json(await writeups.update(currentUser(c).id, c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(remove, async (c) => {
    await writeups.remove(currentUser(c).id, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(operatorRoute('hide'), async (c) => c.json(await writeups.setHidden(c.req.valid('param').id, true), 200));
  app.openapi(operatorRoute('unhide'), async (c) => c.json(await writeups.setHidden(c.req.valid('param').id, false), 200));
  app.openapi(practiseRoute('post'), async (c) => c.json(await writeups.practise(currentUser(c).id, c.req.valid('param').id), 200));
  app.openapi(practiseRoute('delete'), async (c) => c.json(await writeups.unpractise(currentUser(c).id, c.req.valid('param').id), 200));
  app.openapi(practised, async (c) => {
    const { id, itemKey } = c.req.valid('param');
    const body = c.req.valid('json') as { practised?: boolean } | undefined;
    return c.json(await writeups.setPractised(currentUser(c).id, id, itemKey, body?.practised ?? true), 200);
  });
  return app;
}
