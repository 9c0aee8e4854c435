import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './app.js';
import { testApp } from './testing/harness.js';

const SQRT = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';
const t = await testApp();
const concepts = t.catalogue.questions.filter((q) => q.kind === 'concept').length;
afterAll(() => t.judge.close());

describe('content endpoints', () => {
  it('GET /health', async () => {
    const { status, body } = await t.call('GET', '/api/v1/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ok',
      problems: t.catalogue.problems.length,
      questions: t.catalogue.questions.length,
      store: 'sqlite',
      queue: { kind: 'in-process', waiting: 0, running: 0, workers: 1 },
    });
    expect(body.problems).toBeGreaterThanOrEqual(37);
  });

  it('GET /problems filters and pages, and never leaks tests or solutions', async () => {
    const all = await t.call('GET', '/api/v1/problems');
    expect(all.body.total).toBe(t.catalogue.problems.length);
    expect(all.text).not.toMatch(/"hidden"|reference|wrongSources|"generated"/);
    const byCompany = await t.call('GET', '/api/v1/problems?company=kuaishou');
    expect(byCompany.body.items.map((p: { id: string }) => p.id).sort()).toEqual(['range-sum-2d', 'remove-k-digits']);
    const designs = (await t.call('GET', '/api/v1/problems?kind=design')).body.items;
    expect(designs.map((p: { id: string }) => p.id)).toContain('range-sum-2d');
    expect(designs.every((p: { kind: string }) => p.kind === 'design')).toBe(true);
    expect((await t.call('GET', '/api/v1/problems?q=平方根')).body.items[0].id).toBe('sqrt-x');
    expect((await t.call('GET', '/api/v1/problems?round=bytedance-r4&difficulty=easy&tag=layer-norm')).status).toBe(200);
    const total = t.catalogue.problems.length;
    const page = await t.call('GET', `/api/v1/problems?limit=5&offset=${total - 2}`);
    expect(page.body).toMatchObject({ total, limit: 5, offset: total - 2 });
    expect(page.body.items).toHaveLength(2);
  });

  it('GET /problems with a bad filter names the field', async () => {
    const { status, body } = await t.call('GET', '/api/v1/problems?kind=puzzle&limit=0');
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(Object.keys(body.error.fields).sort()).toEqual(['kind', 'limit']);
  });

  it('GET /problems/{id} shows the problem, the editorial only on request', async () => {
    const { status, body, text } = await t.call('GET', '/api/v1/problems/sqrt-x');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'sqrt-x',
      judge: { function: 'mySqrt' },
      limits: { timeLimitMs: expect.any(Number) },
      editorial: null,
    });
    expect(body.statement.zh).toContain('平方根');
    expect(body.starter.typescript).toContain('function mySqrt');
    expect(body.examples.length).toBeGreaterThan(0);
    expect(text).not.toContain('2147395599');
    const revealed = await t.call('GET', '/api/v1/problems/sqrt-x?reveal=editorial');
    expect(revealed.body.editorial.en).toContain('Newton');
  });

  it('GET /problems/{id} of an unknown problem is 404', async () => {
    const { status, body } = await t.call('GET', '/api/v1/problems/nope');
    expect(status).toBe(404);
    expect(body.error.code).toBe('problem_not_found');
  });

  it('GET /interviews, /interviews/{roundId} and /companies give the timeline', async () => {
    const rounds = (await t.call('GET', '/api/v1/interviews')).body.items;
    expect(rounds).toHaveLength(15);
    expect(rounds[0]).toMatchObject({ id: 'pdd-r1', date: { month: 5, day: 14 }, company: 'pdd' });
    expect(rounds[0].itemTitles['sqrt-x'].zh).toBe('x 的平方根');
    const round = await t.call('GET', '/api/v1/interviews/bytedance-r4');
    expect(round.body.items.map((i: { id?: string }) => i.id).filter(Boolean)).toContain('increasing-triplet-witness');
    expect((await t.call('GET', '/api/v1/interviews/nope')).status).toBe(404);
    expect((await t.call('GET', '/api/v1/interviews?company=soul')).body.items).toHaveLength(2);
    const companies = (await t.call('GET', '/api/v1/companies')).body.items;
    expect(companies.find((c: { id: string }) => c.id === 'bytedance')).toMatchObject({ applications: [{ outcome: 'offer' }] });
    expect(companies.find((c: { id: string }) => c.id === 'bytedance').rounds).toHaveLength(5);
  });

  it('GET /questions hides numeric answers; POST /questions/{id}/answer grades', async () => {
    const numeric = await t.call('GET', '/api/v1/questions/lora-param-count');
    expect(numeric.body.kind).toBe('numeric');
    expect(numeric.body.answer).toBeUndefined();
    expect(numeric.body.explanation).toBeUndefined();
    expect((await t.call('GET', '/api/v1/questions?kind=concept')).body.items).toHaveLength(concepts);
    const graded = await t.call('POST', '/api/v1/questions/lora-param-count/answer', { body: { value: 120_832 } });
    expect(graded.body).toMatchObject({ correct: true, expected: 120_832 });
    expect(graded.body.explanation.zh).toContain('LoRA');
    const wrong = await t.call('POST', '/api/v1/questions/transformer-encoder-param-count/answer', { body: { value: 3_000_000 } });
    expect(wrong.body).toMatchObject({ correct: false, expected: 3_152_384 });
    expect(
      (await t.call('POST', '/api/v1/questions/lora-param-count/answer', { body: { value: 'many' } })).body.error.fields,
    ).toHaveProperty('value');
    expect((await t.call('POST', '/api/v1/questions/dpo/answer', { body: { value: 1 } })).status).toBe(400);
    expect((await t.call('POST', '/api/v1/questions/nope/answer', { body: { value: 1 } })).status).toBe(404);
  });

  it('GET /languages lists what the judge offers', async () => {
    const { body } = await t.call('GET', '/api/v1/languages');
    expect(body.items.map((l: { id: string }) => l.id)).toEqual(['typescript', 'javascript', 'python']);
    const byId = Object.fromEntries(body.items.map((l: { id: string; available: boolean; reason: string | null }) => [l.id, l]));
    expect(byId.typescript.available && byId.javascript.available).toBe(true);
    // Python needs bubblewrap and Debian's python3-numpy; without them it is listed with the reason.
    expect(byId.python.available || typeof byId.python.reason === 'string').toBe(true);
  });
});

describe('accounts', () => {
  it('POST /users returns a token once; it authenticates /me', async () => {
    const created = await t.call('POST', '/api/v1/users', { body: { name: 'Lin' } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^mj_/);
    const me = await t.call('GET', '/api/v1/me', { token: created.body.token });
    expect(me.body).toEqual({ id: created.body.id, name: 'Lin', createdAt: created.body.createdAt });
    const renamed = await t.call('PATCH', '/api/v1/me', { token: created.body.token, body: { name: 'Lin Wei' } });
    expect(renamed.body.name).toBe('Lin Wei');
  });

  it('a missing or invalid token is 401', async () => {
    expect((await t.call('GET', '/api/v1/me')).status).toBe(401);
    const bad = await t.call('GET', '/api/v1/me/progress', { token: 'mj_forged' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('unauthorized');
    expect((await t.call('POST', '/api/v1/submissions', { body: {} })).status).toBe(401);
    expect((await t.call('GET', '/api/v1/reviews/due')).status).toBe(401);
  });

  it('a bad name is 400 naming the field', async () => {
    const { status, body } = await t.call('POST', '/api/v1/users', { body: { name: '' } });
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty('name');
  });
});

describe('submissions', () => {
  it('POST then GET: queued, then judged with the judge’s result shape', async () => {
    const { token } = await t.signUp();
    const queued = await t.call('POST', '/api/v1/submissions', {
      token,
      body: { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT },
    });
    expect(queued.status).toBe(202);
    expect(queued.body).toEqual({ id: expect.any(String), status: 'queued' });
    await t.practice.waitForSubmission((await t.call('GET', '/api/v1/me', { token })).body.id, queued.body.id, 30_000);
    const done = await t.call('GET', `/api/v1/submissions/${queued.body.id}`, { token });
    expect(done.body).toMatchObject({ status: 'done', problemId: 'sqrt-x', result: { verdict: 'Accepted', passed: expect.any(Number) } });
    expect(done.body.userId).toBeUndefined();
  });

  it('?wait=true answers with the finished result', async () => {
    const { token } = await t.signUp();
    const { status, body } = await t.call('POST', '/api/v1/submissions?wait=true', {
      token,
      body: {
        problemId: 'sqrt-x',
        language: 'javascript',
        mode: 'run',
        code: 'var mySqrt = (x) => Math.round(Math.sqrt(x));',
        customInputs: [{ x: 10 }],
      },
    });
    expect(status).toBe(200);
    expect(body.result).toMatchObject({ verdict: 'WrongAnswer', mode: 'run' });
    expect(body.result.tests.at(-1)).toMatchObject({ group: 'custom', expected: { json: '3' } });
  });

  it('?wait=true answers 202 when judging takes longer than the wait', async () => {
    const slow = await testApp({ maxWaitMs: 50 });
    const { token } = await slow.signUp();
    const { status, body } = await slow.call('POST', '/api/v1/submissions?wait=true', {
      token,
      body: { problemId: 'sqrt-x', language: 'javascript', mode: 'run', code: 'var mySqrt = (x) => { for (;;) {} };' },
    });
    expect(status).toBe(202);
    expect(['queued', 'running']).toContain(body.status);
    await slow.judge.close();
  });

  it('another user’s submission is 404, never the data', async () => {
    const alice = await t.signUp('alice');
    const bob = await t.signUp('bob');
    const { body } = await t.call('POST', '/api/v1/submissions', {
      token: alice.token,
      body: { problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: SQRT },
    });
    const peek = await t.call('GET', `/api/v1/submissions/${body.id}`, { token: bob.token });
    expect(peek.status).toBe(404);
    expect(peek.text).not.toContain('mySqrt');
    expect((await t.call('GET', '/api/v1/submissions', { token: bob.token })).body.items).toEqual([]);
  });

  it('GET /submissions pages by cursor and filters by problem', async () => {
    const { token } = await t.signUp();
    for (const problemId of ['sqrt-x', 'sqrt-x', 'jump-game']) {
      const code = problemId === 'sqrt-x' ? SQRT : 'function canJump(nums: number[]): boolean { return true; }';
      await t.call('POST', '/api/v1/submissions?wait=true', { token, body: { problemId, language: 'typescript', mode: 'run', code } });
    }
    const first = await t.call('GET', '/api/v1/submissions?limit=2', { token });
    expect(first.body.items.map((s: { problemId: string }) => s.problemId)).toEqual(['jump-game', 'sqrt-x']);
    const second = await t.call('GET', `/api/v1/submissions?limit=2&cursor=${first.body.nextCursor}`, { token });
    expect(second.body).toMatchObject({ items: [{ problemId: 'sqrt-x' }], nextCursor: null });
    expect((await t.call('GET', '/api/v1/submissions?problemId=jump-game', { token })).body.items).toHaveLength(1);
    expect((await t.call('GET', '/api/v1/submissions?cursor=!!', { token })).status).toBe(400);
  });

  it('names each bad field; unknown problem is 404; bad custom input is 400', async () => {
    const { token } = await t.signUp();
    const bad = await t.call('POST', '/api/v1/submissions', {
      token,
      body: { problemId: 'sqrt-x', language: 'cobol', mode: 'later', code: '' },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['code', 'language', 'mode']);
    const unknown = await t.call('POST', '/api/v1/submissions', {
      token,
      body: { problemId: 'nope', language: 'typescript', mode: 'run', code: SQRT },
    });
    expect(unknown.status).toBe(404);
    const input = await t.call('POST', '/api/v1/submissions', {
      token,
      body: { problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: SQRT, customInputs: [{ y: 1 }] },
    });
    expect(input.status).toBe(400);
    expect(input.body.error.fields['customInputs.0']).toMatch(/unexpected argument "y"/);
    const malformed = await t.call('POST', '/api/v1/submissions', { token, body: '{"problemId":' });
    expect(malformed.status).toBe(400);
  });

  it('code over 64 KiB and bodies over the limit are 413', async () => {
    const { token } = await t.signUp();
    const big = await t.call('POST', '/api/v1/submissions', {
      token,
      body: { problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: `${SQRT}//${'x'.repeat(70_000)}` },
    });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const huge = await t.call('POST', '/api/v1/submissions', {
      token,
      body: { problemId: 'sqrt-x', language: 'typescript', mode: 'run', code: SQRT, pad: 'x'.repeat(MAX_BODY_BYTES) },
    });
    expect(huge.status).toBe(413);
  });

  it('too many in flight is 429 and a full queue is 503, both with Retry-After', async () => {
    const busy = await testApp({ maxInFlightPerUser: 1, maxQueued: 1 });
    const loop = { problemId: 'sqrt-x', language: 'javascript', mode: 'run', code: 'var mySqrt = (x) => { for (;;) {} };' };
    const a = await busy.signUp('a');
    expect((await busy.call('POST', '/api/v1/submissions', { token: a.token, body: loop })).status).toBe(202);
    const limited = await busy.call('POST', '/api/v1/submissions', { token: a.token, body: loop });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    // Two judge slots are taken by b and c; the queue holds one more (d); e is refused.
    const statuses = [];
    for (const name of ['b', 'c', 'd', 'e']) {
      const user = await busy.signUp(name);
      statuses.push((await busy.call('POST', '/api/v1/submissions', { token: user.token, body: loop })).status);
    }
    expect(statuses.slice(0, 2)).toEqual([202, 202]);
    expect(statuses.at(-1)).toBe(503);
    await busy.practice.queue.stop(0);
    await busy.judge.close();
  });
});

describe('reviews and progress', () => {
  it('GET /reviews/due, POST /reviews, GET /me/progress', async () => {
    const { token } = await t.signUp();
    const due = await t.call('GET', '/api/v1/reviews/due', { token });
    expect(due.body.count).toBe(concepts);
    expect(due.body.items[0].question.answer.en).toBeTruthy();
    const reviewed = await t.call('POST', '/api/v1/reviews', { token, body: { questionId: 'dpo', rating: 'good' } });
    expect(reviewed.status).toBe(200);
    expect(new Date(reviewed.body.due).getTime()).toBeGreaterThan(Date.now());
    expect((await t.call('GET', '/api/v1/reviews/due', { token })).body.count).toBe(concepts - 1);
    expect(
      (await t.call('POST', '/api/v1/reviews', { token, body: { questionId: 'dpo', rating: 'meh' } })).body.error.fields,
    ).toHaveProperty('rating');
    expect((await t.call('POST', '/api/v1/reviews', { token, body: { questionId: 'nope', rating: 'good' } })).status).toBe(404);

    await t.call('POST', '/api/v1/submissions?wait=true', {
      token,
      body: { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT },
    });
    await t.call('POST', '/api/v1/questions/lora-param-count/answer', { token, body: { value: 120_832 } });
    const progress = await t.call('GET', '/api/v1/me/progress', { token });
    expect(progress.body).toMatchObject({
      problems: {
        attempted: 1,
        solved: 1,
        total: t.catalogue.problems.length,
        byCompany: { pdd: { solved: 1 } },
        byKind: { function: { solved: 1 } },
      },
      submissions: { total: 1, accepted: 1, acceptanceRate: 1 },
      reviews: { due: concepts - 1, done: 1, cards: 1 },
      numeric: { answered: 1, correct: 1 },
      streak: 1,
    });
    expect(progress.body.activity).toHaveLength(1);
    // Solved, so the editorial now comes without asking.
    expect((await t.call('GET', '/api/v1/problems/sqrt-x', { token })).body.editorial).not.toBeNull();
  });
});

describe('the API itself', () => {
  it('unknown routes are 404 in the error shape', async () => {
    const { status, body } = await t.call('GET', '/api/v1/nothing-here');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/v1/nothing-here' } });
  });

  it('serves the OpenAPI 3.1 document and the reference page', async () => {
    const { body } = await t.call('GET', '/api/v1/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/problems',
        '/problems/{id}',
        '/submissions',
        '/submissions/{id}',
        '/reviews/due',
        '/me/progress',
        '/interviews/{roundId}',
      ]),
    );
    const page = await t.app.request('/api/docs');
    expect(await page.text()).toContain('/api/v1/openapi.json');
    expect((await t.app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('logs one structured line per request without tokens', async () => {
    const { token } = await t.signUp();
    await t.call('GET', '/api/v1/me?secret=1', { token });
    const line = JSON.parse(t.logs.at(-1) ?? '{}');
    expect(line).toMatchObject({ method: 'GET', path: '/api/v1/me', status: 200, durationMs: expect.any(Number) });
    expect(t.logs.join('\n')).not.toContain(token);
    expect(t.logs.join('\n')).not.toContain('secret');
  });
});
