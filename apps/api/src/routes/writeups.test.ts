import { WRITEUP_LIMITS } from '@mianjing/practice';
import { MAX_BODY_BYTES } from '../app.js';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

const ADMIN = 'operator-token-0123456789abcdef';
const t = await testApp({ adminToken: ADMIN });
afterAll(() => t.judge.close());

const writeup = (overrides: Record<string, unknown> = {}) => ({
  title: { zh: '小红书 算法岗 一面' },
  source: { language: 'zh' },
  applications: [{ company: { name: '小红书' }, outcome: 'interview' }],
  rounds: [
    {
      id: 'r1',
      company: 'pdd',
      items: [
        { type: 'problem', id: 'sqrt-x' },
        { type: 'concept', id: 'dpo' },
        { type: 'own-problem', id: 'lru', title: { zh: 'LRU 缓存' }, leetcode: '146' },
        { type: 'own-concept', id: 'why-bn', prompt: { zh: 'BN 为什么有效？' } },
      ],
    },
  ],
  ...overrides,
});

const create = async (token: string, overrides: Record<string, unknown> = {}) => {
  const response = await t.call('POST', '/api/v1/writeups', { token, body: writeup(overrides) });
  expect(response.status).toBe(201);
  return response.body as { writeup: { id: string; visibility: string }; authorName: string; mine: boolean; createdAt: string };
};
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

/** JSON as a client that escapes everything not ASCII sends it (Python's json.dumps does): `面` as `\\u9762`. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('write-ups', () => {
  it('creates, reads, updates and deletes only as the owner', async () => {
    const ann = await t.signUp('Ann');
    const bo = await t.signUp('Bo');
    const created = await create(ann.token);
    expect(created).toMatchObject({ authorName: 'Ann', mine: true, curated: false, hidden: false, companies: ['name:小红书', 'pdd'] });
    expect(created.writeup.visibility).toBe('private');
    const id = created.writeup.id;

    const mine = await t.call('GET', `/api/v1/writeups/${id}`, { token: ann.token });
    expect(mine.status).toBe(200);
    expect(mine.body.writeup.rounds[0].items[2]).toMatchObject({ type: 'own-problem', id: 'lru', leetcode: '146' });

    // Private: 404 for anyone else, signed in or not; their writes are 404 too.
    expect((await t.call('GET', `/api/v1/writeups/${id}`, { token: bo.token })).status).toBe(404);
    expect((await t.call('GET', `/api/v1/writeups/${id}`)).body.error.code).toBe('writeup_not_found');
    expect((await t.call('PUT', `/api/v1/writeups/${id}`, { token: bo.token, body: writeup() })).status).toBe(404);
    expect((await t.call('DELETE', `/api/v1/writeups/${id}`, { token: bo.token })).status).toBe(404);
    expect((await t.call('POST', '/api/v1/writeups', { body: writeup() })).status).toBe(401);

    const updated = await t.call('PUT', `/api/v1/writeups/${id}`, { token: ann.token, body: writeup({ title: { en: 'Edited' } }) });
    expect(updated.status).toBe(200);
    expect(updated.body.writeup).toMatchObject({ id, title: { en: 'Edited' } });
    expect(updated.body.createdAt).toBe(created.createdAt);

    expect((await t.call('DELETE', `/api/v1/writeups/${id}`, { token: ann.token })).status).toBe(204);
    expect((await t.call('GET', `/api/v1/writeups/${id}`, { token: ann.token })).status).toBe(404);
  });

  it('lists public ones beside the curated write-up, unlisted ones only by id, and all of the owner’s with scope=mine', async () => {
    const cy = await t.signUp('Cy');
    const di = await t.signUp('Di');
    const unlisted = await create(cy.token, { visibility: 'unlisted' });
    const shown = await create(cy.token, { visibility: 'public', title: { zh: '公开的面经' } });
    const secret = await create(cy.token);

    const publicList = await t.call('GET', '/api/v1/writeups', { token: di.token });
    expect(publicList.status).toBe(200);
    const bundled = t.catalogue.writeups.map((w) => w.id);
    expect(ids(publicList.body).slice(0, bundled.length)).toEqual(bundled);
    expect(publicList.body.items[0]).toMatchObject({ curated: true, authorName: null, visibility: 'public' });
    expect(publicList.body.items.find((i: { id: string }) => i.id === shown.writeup.id)).toMatchObject({
      authorName: 'Cy',
      curated: false,
      title: { zh: '公开的面经' },
    });
    expect(ids(publicList.body)).not.toContain(unlisted.writeup.id);
    expect(ids(publicList.body)).not.toContain(secret.writeup.id);

    // Anyone with the link reads an unlisted one, without an account too.
    expect((await t.call('GET', `/api/v1/writeups/${unlisted.writeup.id}`)).body).toMatchObject({
      authorName: 'Cy',
      mine: false,
      practice: null,
    });

    const mine = await t.call('GET', '/api/v1/writeups?scope=mine', { token: cy.token });
    expect(ids(mine.body).sort()).toEqual([unlisted.writeup.id, shown.writeup.id, secret.writeup.id].sort());
    expect((await t.call('GET', '/api/v1/writeups?scope=mine')).status).toBe(401);

    // The curated write-up reads like any other.
    const curated = await t.call('GET', `/api/v1/writeups/${bundled[0]}`);
    expect(curated.body).toMatchObject({ curated: true, writeup: { id: bundled[0], visibility: 'public' } });
  });

  it('filters by company id or name, curated write-ups included', async () => {
    const ed = await t.signUp('Ed');
    const named = await create(ed.token, {
      visibility: 'public',
      rounds: [{ id: 'r1', company: { name: 'Kuai Mao' }, items: [] }],
      applications: [],
    });
    const byName = await t.call('GET', `/api/v1/writeups?company=${encodeURIComponent('kuai  mao')}`);
    expect(ids(byName.body)).toEqual([named.writeup.id]);
    const byPdd = await t.call('GET', '/api/v1/writeups?company=pdd');
    const curatedPdd = t.catalogue.writeups.filter(
      (w) => w.applications.some((a) => a.company === 'pdd') || w.rounds.some((r) => r.company === 'pdd'),
    );
    expect(byPdd.body.items.filter((i: { curated: boolean }) => i.curated).map((i: { id: string }) => i.id)).toEqual(
      curatedPdd.map((w) => w.id),
    );
    expect(ids(byPdd.body)).not.toContain(named.writeup.id);
  });

  it('lets the operator hide and show a write-up with the admin token only', async () => {
    const fay = await t.signUp('Fay');
    const gus = await t.signUp('Gus');
    const { writeup: w } = await create(fay.token, { visibility: 'public' });
    expect((await t.call('POST', `/api/v1/writeups/${w.id}/hide`)).status).toBe(401);
    const asUser = await t.call('POST', `/api/v1/writeups/${w.id}/hide`, { token: fay.token });
    expect(asUser.status).toBe(403);
    expect(asUser.body.error.code).toBe('forbidden');

    const hidden = await t.call('POST', `/api/v1/writeups/${w.id}/hide`, { token: ADMIN });
    expect(hidden.status).toBe(200);
    expect(hidden.body.hidden).toBe(true);
    expect((await t.call('GET', `/api/v1/writeups/${w.id}`, { token: gus.token })).status).toBe(404);
    expect(ids((await t.call('GET', '/api/v1/writeups')).body)).not.toContain(w.id);
    expect((await t.call('GET', `/api/v1/writeups/${w.id}`, { token: fay.token })).body).toMatchObject({ hidden: true, mine: true });
    expect((await t.call('GET', '/api/v1/writeups?scope=mine', { token: fay.token })).body.items[0]).toMatchObject({
      id: w.id,
      hidden: true,
    });

    expect((await t.call('POST', `/api/v1/writeups/${w.id}/unhide`, { token: ADMIN })).body.hidden).toBe(false);
    expect((await t.call('GET', `/api/v1/writeups/${w.id}`, { token: gus.token })).status).toBe(200);
    expect((await t.call('POST', '/api/v1/writeups/nope/hide', { token: ADMIN })).status).toBe(404);

    // Without ADMIN_TOKEN configured, nobody is the operator.
    const plain = await testApp();
    try {
      expect((await plain.call('POST', `/api/v1/writeups/${w.id}/hide`, { token: ADMIN })).status).toBe(403);
    } finally {
      await plain.judge.close();
    }
  });

  it('answers 413 naming the field over a size limit, and 400 naming the field of a malformed body', async () => {
    const hal = await t.signUp('Hal');
    const longNote = 'x'.repeat(WRITEUP_LIMITS.maxTextChars + 1);
    const tooLong = await t.call('POST', '/api/v1/writeups', { token: hal.token, body: writeup({ background: { zh: longNote } }) });
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.error.code).toBe('payload_too_large');
    expect(Object.keys(tooLong.body.error.fields)).toEqual(['background.zh']);

    const manyRounds = Array.from({ length: WRITEUP_LIMITS.maxRounds + 1 }, (_, i) => ({ id: `r${i}`, items: [] }));
    const rounds = await t.call('POST', '/api/v1/writeups', { token: hal.token, body: writeup({ rounds: manyRounds }) });
    expect(rounds.status).toBe(413);
    expect(Object.keys(rounds.body.error.fields)).toEqual(['rounds']);

    const manyItems = Array.from({ length: WRITEUP_LIMITS.maxItemsPerRound + 1 }, () => ({
      type: 'talk',
      topic: 'chat',
      note: { zh: '聊天' },
    }));
    const items = await t.call('POST', '/api/v1/writeups', {
      token: hal.token,
      body: writeup({ rounds: [{ id: 'r1', items: manyItems }] }),
    });
    expect(items.status).toBe(413);
    expect(Object.keys(items.body.error.fields)).toEqual(['rounds.0.items']);

    // Under every field limit, over the whole write-up's.
    const notes = Array.from({ length: 12 }, () => ({ zh: 'y'.repeat(WRITEUP_LIMITS.maxTextChars) }));
    const whole = await t.call('POST', '/api/v1/writeups', {
      token: hal.token,
      body: writeup({ rounds: [{ id: 'r1', items: [], notes }] }),
    });
    expect(whole.status).toBe(413);
    expect(Object.keys(whole.body.error.fields)).toEqual(['(root)']);

    const draft = await t.call('POST', '/api/v1/writeups/draft', {
      token: hal.token,
      body: { text: 'a'.repeat(WRITEUP_LIMITS.maxDraftTextBytes + 1) },
    });
    expect(draft.status).toBe(413);
    expect(Object.keys(draft.body.error.fields)).toEqual(['text']);

    const malformed = await t.call('POST', '/api/v1/writeups', { token: hal.token, body: writeup({ visibility: 'everyone', source: {} }) });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body.error.fields).sort()).toEqual(['source.language', 'visibility']);
    const unknownProblem = await t.call('POST', '/api/v1/writeups', {
      token: hal.token,
      body: writeup({ rounds: [{ id: 'r1', items: [{ type: 'problem', id: 'no-such-problem' }] }] }),
    });
    expect(unknownProblem.status).toBe(400);
    expect(Object.keys(unknownProblem.body.error.fields)).toEqual(['rounds.0.items.0.id']);
    const notJson = await t.call('POST', '/api/v1/writeups', { token: hal.token, body: '{"title":' });
    expect(notJson.status).toBe(400);
  });

  it('refuses links that are not http(s), naming each field', async () => {
    const ann = await t.signUp('Ann');
    const hostile = writeup({
      source: { language: 'zh', url: 'javascript:alert(1)//https://x' },
      rounds: [
        { id: 'r1', items: [{ type: 'own-problem', id: 'p', title: { zh: '题' }, url: 'data:text/html,<script>alert(1)</script>' }] },
      ],
    });
    const refused = await t.call('POST', '/api/v1/writeups', { token: ann.token, body: hostile });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toMatchObject({
      'source.url': expect.stringContaining('http'),
      'rounds.0.items.0.url': expect.stringContaining('http'),
    });
    const fine = writeup({ source: { language: 'zh', url: 'https://www.nowcoder.com/discuss/1' } });
    expect((await t.call('POST', '/api/v1/writeups', { token: ann.token, body: fine })).status).toBe(201);
  });

  it('drafts a write-up from pasted text without storing it', async () => {
    const ida = await t.signUp('Ida');
    const started = performance.now();
    const response = await t.call('POST', '/api/v1/writeups/draft', {
      token: ida.token,
      body: { text: '5.14 pdd一面\n- 手写算法：lc 69\n- 讲一下LoRA？' },
    });
    expect(response.status).toBe(200);
    expect(response.body.writeup.rounds[0].items[0]).toMatchObject({ type: 'problem', id: 'sqrt-x' });
    expect(response.body.report.lines.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await t.call('GET', '/api/v1/writeups?scope=mine', { token: ida.token })).body.items).toEqual([]);
    expect((await t.call('POST', '/api/v1/writeups/draft', { body: { text: 'x' } })).status).toBe(401);
  });

  it('rate-limits creating write-ups per user with Retry-After', async () => {
    const jo = await t.signUp('Jo');
    for (let i = 0; i < WRITEUP_LIMITS.createsPerWindow; i++) await create(jo.token);
    const refused = await t.call('POST', '/api/v1/writeups', { token: jo.token, body: writeup() });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(refused.body.error.message).toContain(`at most ${WRITEUP_LIMITS.createsPerWindow} new write-ups a minute`);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another person is not held back.
    await create((await t.signUp('Kay')).token);
  });

  it('rate-limits drafts per user with Retry-After, and a refused draft is not counted', async () => {
    const nia = await t.signUp('Nia');
    const draft = (token: string) => t.call('POST', '/api/v1/writeups/draft', { token, body: { text: '一面\n- lc 69' } });
    for (let i = 0; i < WRITEUP_LIMITS.draftsPerWindow; i++) expect((await draft(nia.token)).status).toBe(200);
    const refused = await draft(nia.token);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'rate_limited' });
    expect(refused.body.error.message).toContain(`at most ${WRITEUP_LIMITS.draftsPerWindow} drafts a minute`);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Drafts and write-ups are counted apart, and per person.
    expect((await t.call('POST', '/api/v1/writeups', { token: nia.token, body: writeup() })).status).toBe(201);
    expect((await draft((await t.signUp('Oz')).token)).status).toBe(200);
  });

  it('takes a draft body larger than other bodies, so text at its limit is accepted and text over it is refused naming `text`', async () => {
    const pia = await t.signUp('Pia');
    const send = (text: string) =>
      t.call('POST', '/api/v1/writeups/draft', { token: pia.token, body: asciiJson({ text, language: 'zh' }) });

    // A 100 KB Chinese paste: about 33k characters, 3 bytes each; escaped, twice that as JSON.
    const line = '面试官问了反向传播和注意力机制的细节，然后手写了一道题。\n';
    const chinese = line.repeat(Math.floor(WRITEUP_LIMITS.maxDraftTextBytes / utf8Bytes(line)));
    expect(utf8Bytes(chinese)).toBeGreaterThan(WRITEUP_LIMITS.maxDraftTextBytes - 200);
    expect(utf8Bytes(chinese)).toBeLessThanOrEqual(WRITEUP_LIMITS.maxDraftTextBytes);
    const accepted = await send(chinese);
    expect(accepted.status).toBe(200);
    expect(accepted.body.writeup.title).toBeDefined();

    // At the limit in 4-byte characters: over the other routes' body limit as escaped JSON, still the draft's to judge.
    const emoji = '😀'.repeat(WRITEUP_LIMITS.maxDraftTextBytes / 4);
    expect(utf8Bytes(asciiJson({ text: emoji }))).toBeGreaterThan(MAX_BODY_BYTES);
    expect((await send(emoji)).status).toBe(200);
    const over = await send(`${emoji}😀`);
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('payload_too_large');
    expect(Object.keys(over.body.error.fields)).toEqual(['text']);
    expect(over.body.error.fields.text).toContain(`at most ${WRITEUP_LIMITS.maxDraftTextBytes / 1024} KB`);

    // Other routes keep the usual limit.
    const big = await t.call('POST', '/api/v1/writeups', { token: pia.token, body: asciiJson(writeup({ background: { zh: emoji } })) });
    expect(big.status).toBe(413);
    expect(big.body.error.fields).toBeUndefined();
  });

  it('keeps practice state per user: own items marked practised, catalogue items by progress', async () => {
    const lu = await t.signUp('Lu');
    const mo = await t.signUp('Mo');
    const { writeup: w } = await create(lu.token, { visibility: 'unlisted' });
    const marked = await t.call('POST', `/api/v1/writeups/${w.id}/items/lru/practised`, { token: mo.token, body: { practised: true } });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ itemKey: 'lru', practised: true, practisedAt: expect.any(String) });
    expect((await t.call('POST', '/api/v1/reviews', { token: mo.token, body: { questionId: 'dpo', rating: 'good' } })).status).toBe(200);

    const seen = await t.call('GET', `/api/v1/writeups/${w.id}`, { token: mo.token });
    expect(seen.body.practice).toEqual({
      problems: { 'sqrt-x': 'new' },
      questions: { dpo: 'reviewed' },
      practised: { lru: marked.body.practisedAt },
      cards: {},
    });
    // The author's state is their own.
    expect((await t.call('GET', `/api/v1/writeups/${w.id}`, { token: lu.token })).body.practice.practised).toEqual({});

    expect(
      (await t.call('POST', `/api/v1/writeups/${w.id}/items/lru/practised`, { token: mo.token, body: { practised: false } })).body
        .practisedAt,
    ).toBeNull();
    expect((await t.call('GET', `/api/v1/writeups/${w.id}`, { token: mo.token })).body.practice.practised).toEqual({});
    expect((await t.call('POST', `/api/v1/writeups/${w.id}/items/sqrt-x/practised`, { token: mo.token })).status).toBe(404);
    expect((await t.call('POST', `/api/v1/writeups/${w.id}/items/lru/practised`)).status).toBe(401);
  });
});
