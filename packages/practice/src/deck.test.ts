import { loadCatalogue } from '@mianjing/core';
import { createJudge } from '@mianjing/core/judge';
import { afterAll, describe, expect, it } from 'vitest';
import { createPractice } from './practice.js';
import { storeKinds } from './testing/stores.js';

const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 1 });
afterAll(() => judge.close());

const writeup = (visibility: string, ownIds = ['why-bn', 'kv-cache']) => ({
  title: { zh: '一面' },
  source: { language: 'zh' },
  visibility,
  rounds: [
    {
      id: 'r1',
      items: [
        { type: 'concept', id: 'dpo' },
        ...ownIds.map((id) => ({ type: 'own-concept', id, prompt: { zh: `${id}？` }, answer: { zh: '答' } })),
      ],
    },
  ],
});

describe.each(storeKinds)('own cards over a $name store', (kind) => {
  it.skipIf(kind.skip)('serves the author’s cards, practised cards, reviews, visibility and deletion', async () => {
    const practice = createPractice({ store: await kind.open(), catalogue, judge });
    const { user: ann } = await practice.createUser('Ann');
    const { user: bo } = await practice.createUser('Bo');
    const ownDue = async (userId: string) =>
      (await practice.dueDeck(userId))
        .filter((d) => d.source === 'writeup')
        .map((d) => d.key)
        .sort();

    const { writeup: w } = await practice.writeups.create(ann.id, writeup('public'));
    const keys = [`writeup:${w.id}:kv-cache`, `writeup:${w.id}:why-bn`];
    expect(await ownDue(ann.id)).toEqual(keys);
    const [first] = (await practice.dueDeck(ann.id)).filter((d) => d.source === 'writeup');
    expect(first).toMatchObject({
      writeup: { id: w.id, authorName: 'Ann', mine: true },
      item: { type: 'own-concept', answer: { zh: '答' } },
    });
    expect(await ownDue(bo.id)).toEqual([]);

    expect(await practice.writeups.practise(bo.id, w.id)).toMatchObject({ added: 3, removed: 0 });
    expect(await practice.writeups.practise(bo.id, w.id)).toMatchObject({ added: 0 });
    expect(await ownDue(bo.id)).toEqual(keys);

    const card = await practice.review(bo.id, `writeup:${w.id}:why-bn`, 'good');
    expect(card).toMatchObject({ questionId: `writeup:${w.id}:why-bn`, reps: 1 });
    expect(await ownDue(bo.id)).toEqual([`writeup:${w.id}:kv-cache`]);
    expect(await ownDue(ann.id)).toEqual(keys);
    expect((await practice.progress(bo.id)).reviews).toMatchObject({ done: 1, cards: 1 });

    // Private: Bo is no longer served its cards, nor may he review them; made public again, they come back with their schedule.
    await practice.writeups.update(ann.id, w.id, writeup('private'));
    expect(await ownDue(bo.id)).toEqual([]);
    expect((await practice.cards(bo.id)).some((c) => c.own)).toBe(false);
    await expect(practice.review(bo.id, `writeup:${w.id}:kv-cache`, 'good')).rejects.toMatchObject({ code: 'card_not_found' });
    await expect(practice.writeups.practise(bo.id, w.id)).rejects.toMatchObject({ code: 'writeup_not_found' });
    await practice.writeups.update(ann.id, w.id, writeup('public', ['why-bn']));
    expect(await ownDue(bo.id)).toEqual([]);
    expect((await practice.cards(bo.id)).find((c) => c.own)).toMatchObject({ questionId: `writeup:${w.id}:why-bn`, reps: 1 });

    expect(await practice.writeups.unpractise(bo.id, w.id)).toMatchObject({ removed: 1 });
    await practice.writeups.practise(bo.id, w.id);
    await practice.writeups.remove(ann.id, w.id);
    expect(await ownDue(ann.id)).toEqual([]);
    expect(await ownDue(bo.id)).toEqual([]);
    expect((await practice.cards(bo.id)).filter((c) => c.questionId.startsWith('writeup:'))).toEqual([]);
    await expect(practice.review(bo.id, `writeup:${w.id}:why-bn`, 'good')).rejects.toMatchObject({ code: 'card_not_found' });
    expect((await practice.progress(bo.id)).reviews.done).toBe(1);
  });
});
