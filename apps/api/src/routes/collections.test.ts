import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

const t = await testApp();
afterAll(() => t.judge.close());
const canon = t.catalogue.collection('cv-ml-canon');
const itemsOf = (type: 'problem' | 'question') =>
  (canon?.sections ?? [])
    .flatMap((s) => s.items)
    .filter((i) => (type === 'problem') === (i.type === 'problem'))
    .map((i) => i.id);

describe('collections', () => {
  it('GET /collections lists each collection with counts per section', async () => {
    const { status, body } = await t.call('GET', '/api/v1/collections');
    expect(status).toBe(200);
    const listed = body.items.find((c: { id: string }) => c.id === 'cv-ml-canon');
    expect(listed.title.zh).toContain('手撕');
    expect(listed.problems).toBe(itemsOf('problem').length);
    expect(listed.questions).toBe(itemsOf('question').length);
    expect(listed.sections.map((s: { id: string }) => s.id)).toEqual(canon?.sections.map((s) => s.id));
  });

  it('GET /collections/{id} gives sections in order with titles, and progress only with a token', async () => {
    const anonymous = await t.call('GET', '/api/v1/collections/cv-ml-canon');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.progress).toBeNull();
    expect(anonymous.body.itemTitles.softmax.en).toBe('Numerically stable softmax');
    expect(anonymous.body.sections[0].items[0]).toMatchObject({ type: expect.any(String), id: expect.any(String) });

    const { token } = await t.signUp('collector');
    const softmax = t.catalogue.problem('softmax');
    const judged = await t.call('POST', '/api/v1/submissions?wait=true', {
      token,
      body: { problemId: 'softmax', language: 'typescript', mode: 'submit', code: softmax?.reference.typescript },
    });
    expect(judged.body.result.verdict).toBe('Accepted');
    expect((await t.call('POST', '/api/v1/reviews', { token, body: { questionId: 'why-layernorm', rating: 'good' } })).status).toBe(200);

    const mine = await t.call('GET', '/api/v1/collections/cv-ml-canon', { token });
    const layers = mine.body.progress.find((s: { id: string }) => s.id === 'layers');
    const section = canon?.sections.find((s) => s.id === 'layers');
    expect(layers).toEqual({
      id: 'layers',
      problems: { total: section?.items.filter((i) => i.type === 'problem').length, attempted: 1, solved: 1 },
      questions: { total: section?.items.filter((i) => i.type !== 'problem').length, done: 1 },
    });
    const others = mine.body.progress.filter((s: { id: string }) => s.id !== 'layers');
    expect(others.every((s: { problems: { solved: number } }) => s.problems.solved === 0)).toBe(true);
    const progress = await t.call('GET', '/api/v1/me/progress', { token });
    expect(progress.body.problems.byCollection['cv-ml-canon']).toMatchObject({ solved: 1, attempted: 1, total: itemsOf('problem').length });
    expect(progress.body.questionStatus).toEqual({ 'why-layernorm': 'reviewed' });
  });

  it('filters problems and questions by collection', async () => {
    const problems = await t.call('GET', '/api/v1/problems?collection=cv-ml-canon&limit=100');
    expect(problems.body.items.map((p: { id: string }) => p.id).sort()).toEqual(itemsOf('problem').sort());
    expect(problems.body.items.every((p: { collections: string[] }) => p.collections.includes('cv-ml-canon'))).toBe(true);
    const questions = await t.call('GET', '/api/v1/questions?collection=cv-ml-canon');
    expect(questions.body.items.map((q: { id: string }) => q.id).sort()).toEqual(itemsOf('question').sort());
    expect((await t.call('GET', '/api/v1/problems?collection=nope')).body.total).toBe(0);
  });

  it('an unknown collection is 404 and a malformed one names the field', async () => {
    const missing = await t.call('GET', '/api/v1/collections/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('collection_not_found');
    const bad = await t.call('GET', '/api/v1/problems?collection=Not_A_Slug');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['collection']);
  });
});
