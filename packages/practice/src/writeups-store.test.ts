import type { UserWriteup } from '@mianjing/core';
import { describe, expect, it } from 'vitest';
import type { WriteupRecord } from './store.js';
import { storeKinds } from './testing/stores.js';

const writeup = (id: string, visibility: UserWriteup['visibility'], title = '拼多多 一面'): UserWriteup => ({
  id,
  title: { zh: title },
  source: { language: 'zh' },
  applications: [],
  rounds: [
    {
      id: 'r1',
      outcome: 'unknown',
      items: [
        { type: 'problem', id: 'sqrt-x' },
        { type: 'own-problem', id: 'lru', title: { zh: 'LRU 缓存' } },
      ],
      notes: [],
    },
  ],
  visibility,
});

const record = (w: UserWriteup, ownerId: string, companies: string[], at: string): WriteupRecord => ({
  writeup: w,
  ownerId,
  companies,
  createdAt: at,
  updatedAt: at,
});

describe.each(storeKinds)('write-ups in the $name store', (kind) => {
  it.skipIf(kind.skip)('stores, lists by scope and company, updates and deletes only as the owner', async () => {
    const store = await kind.open();
    await store.createUser({ id: 'ann', name: 'Ann', createdAt: '2026-01-01T00:00:00.000Z' }, 'h-ann');
    await store.createUser({ id: 'bo', name: 'Bo', createdAt: '2026-01-01T00:00:00.000Z' }, 'h-bo');
    await store.insertWriteup(record(writeup('w1', 'public'), 'ann', ['name:小红书', 'pdd'], '2026-01-02T00:00:00.000Z'));
    await store.insertWriteup(record(writeup('w2', 'unlisted'), 'ann', ['pdd'], '2026-01-03T00:00:00.000Z'));
    await store.insertWriteup(record(writeup('w3', 'public', 'Bo 的面经'), 'bo', [], '2026-01-04T00:00:00.000Z'));

    const stored = await store.writeup('w1');
    expect(stored).toMatchObject({ ownerId: 'ann', ownerName: 'Ann', hidden: false, companies: ['name:小红书', 'pdd'] });
    expect(stored?.writeup).toEqual(writeup('w1', 'public'));
    expect(await store.writeup('nope')).toBeUndefined();

    const page = { limit: 10, offset: 0 };
    expect((await store.listWriteups({ public: true }, page)).map((w) => w.id)).toEqual(['w3', 'w1']);
    expect((await store.listWriteups({ ownerId: 'ann' }, page)).map((w) => w.id)).toEqual(['w2', 'w1']);
    expect((await store.listWriteups({ public: true }, { ...page, company: 'pdd' })).map((w) => w.id)).toEqual(['w1']);
    expect((await store.listWriteups({ ownerId: 'ann' }, { ...page, company: 'pdd' })).map((w) => w.id)).toEqual(['w2', 'w1']);
    expect((await store.listWriteups({ public: true }, { limit: 1, offset: 1 })).map((w) => w.id)).toEqual(['w1']);
    const [listed] = await store.listWriteups({ public: true }, { ...page, company: 'name:小红书' });
    expect(listed).toMatchObject({
      id: 'w1',
      ownerName: 'Ann',
      title: { zh: '拼多多 一面' },
      language: 'zh',
      rounds: 1,
      items: 2,
      visibility: 'public',
    });

    // Guarded: Bo cannot update or delete Ann's.
    const edited = record(writeup('w1', 'private', '改过的'), 'bo', ['kuaishou'], '2026-01-05T00:00:00.000Z');
    expect(await store.updateWriteup(edited)).toBe(false);
    expect(await store.deleteWriteup('w1', 'bo')).toBe(false);
    expect(await store.updateWriteup({ ...edited, ownerId: 'ann', createdAt: 'ignored' })).toBe(true);
    expect(await store.writeup('w1')).toMatchObject({
      companies: ['kuaishou'],
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-01-05T00:00:00.000Z',
    });
    expect((await store.writeup('w1'))?.writeup.title).toEqual({ zh: '改过的' });
    expect((await store.listWriteups({ public: true }, page)).map((w) => w.id)).toEqual(['w3']);

    await store.setItemPractised('bo', 'w1', 'lru', '2026-01-06T00:00:00.000Z');
    expect(await store.deleteWriteup('w1', 'ann')).toBe(true);
    expect(await store.writeup('w1')).toBeUndefined();
    expect(await store.practisedItems('bo', 'w1')).toEqual({});
    expect(await store.deleteWriteup('w1', 'ann')).toBe(false);
  });

  it.skipIf(kind.skip)('hides for an operator, and keeps practice marks per user', async () => {
    const store = await kind.open();
    await store.createUser({ id: 'ann', name: 'Ann', createdAt: '2026-01-01T00:00:00.000Z' }, 'h-ann');
    await store.createUser({ id: 'bo', name: 'Bo', createdAt: '2026-01-01T00:00:00.000Z' }, 'h-bo');
    await store.insertWriteup(record(writeup('w1', 'public'), 'ann', [], '2026-01-02T00:00:00.000Z'));
    expect(await store.setWriteupHidden('w1', true)).toBe(true);
    expect((await store.writeup('w1'))?.hidden).toBe(true);
    expect(await store.listWriteups({ public: true }, { limit: 10, offset: 0 })).toEqual([]);
    expect((await store.listWriteups({ ownerId: 'ann' }, { limit: 10, offset: 0 }))[0]?.hidden).toBe(true);
    expect(await store.setWriteupHidden('w1', false)).toBe(true);
    expect(await store.setWriteupHidden('nope', true)).toBe(false);

    await store.setItemPractised('bo', 'w1', 'lru', '2026-01-03T00:00:00.000Z');
    await store.setItemPractised('bo', 'w1', 'lru', '2026-01-04T00:00:00.000Z');
    expect(await store.practisedItems('bo', 'w1')).toEqual({ lru: '2026-01-04T00:00:00.000Z' });
    expect(await store.practisedItems('ann', 'w1')).toEqual({});
    await store.setItemPractised('bo', 'w1', 'lru', null);
    expect(await store.practisedItems('bo', 'w1')).toEqual({});
  });

  it.skipIf(kind.skip)('rate-limits an action per user in a sliding window, even when requests race', async () => {
    const store = await kind.open();
    await store.createUser({ id: 'ann', name: 'Ann', createdAt: '2026-01-01T00:00:00.000Z' }, 'h-ann');
    await store.createUser({ id: 'bo', name: 'Bo', createdAt: '2026-01-01T00:00:00.000Z' }, 'h-bo');
    const window = { max: 3, windowMs: 60_000 };
    const t0 = Date.parse('2026-01-01T00:00:00.000Z');
    const at = (ms: number) => new Date(t0 + ms);
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => store.takeRateEvent('ann', 'draft', window, at(i))));
    expect(results.filter((r) => r === undefined)).toHaveLength(3);
    const refused = results.filter((r) => r !== undefined);
    expect(refused).toHaveLength(2);
    // Another user and another action have their own allowance.
    expect(await store.takeRateEvent('bo', 'draft', window, at(5))).toBeUndefined();
    expect(await store.takeRateEvent('ann', 'create-writeup', window, at(5))).toBeUndefined();
    // The oldest of Ann's drafts leaves the window 60 s after it was taken.
    const waiting = await store.takeRateEvent('ann', 'draft', window, at(30_000));
    expect(waiting?.retryAfterMs).toBeGreaterThan(29_000);
    expect(waiting?.retryAfterMs).toBeLessThanOrEqual(30_000);
    expect(await store.takeRateEvent('ann', 'draft', window, at(61_000))).toBeUndefined();
  });
});
