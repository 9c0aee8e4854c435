import type { UserWriteupInput } from '@mianjing/core';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../text.js';
import { cleanWriteup, emptyWriteup, errorFor, move, newItem, newRound } from './model.js';

describe('the editor’s model', () => {
  it('gives new rounds and own items ids unique in the write-up', () => {
    const writeup = emptyWriteup('zh');
    const first = newRound(writeup);
    writeup.rounds.push(first);
    const second = newRound(writeup);
    expect([first.id, second.id]).toEqual(['r1', 'r2']);
    const own = newItem(writeup, first, 'own-concept', 'zh');
    first.items.push(own);
    const next = newItem(writeup, first, 'own-problem', 'zh');
    expect(own).toMatchObject({ type: 'own-concept', id: 'r1-1', prompt: { zh: '' } });
    expect(next).toMatchObject({ type: 'own-problem', id: 'r1-2', title: { zh: '' } });
    expect(newItem(writeup, first, 'problem', 'zh')).toEqual({ type: 'problem', id: '' });
    expect(newItem(writeup, first, 'talk', 'en', { en: 'kept' })).toEqual({ type: 'talk', topic: 'chat', note: { en: 'kept' } });
  });

  it('moves an element and leaves the ends alone', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('leaves blank optional fields out and keeps blank required ones for the API to name', () => {
    const writeup: UserWriteupInput = {
      title: { zh: '  ' },
      source: { language: 'zh', site: ' ', url: '' },
      background: { zh: '' },
      applications: [{ company: 'tencent', outcome: 'rejected', track: { zh: '' }, note: { zh: ' 简历挂 ' } }],
      visibility: 'private',
      rounds: [
        {
          id: 'r1',
          track: { zh: '' },
          outcome: 'unknown',
          notes: [{ zh: '' }, { zh: '记得复习' }],
          items: [
            { type: 'talk', topic: 'chat', note: { zh: '' } },
            { type: 'problem', id: 'sqrt-x', note: { zh: '' } },
            { type: 'own-problem', id: 'r1-1', title: { zh: '手写 NMS' }, leetcode: '', url: ' ' },
            { type: 'own-concept', id: 'r1-2', prompt: { zh: '为什么？' }, answer: { zh: ' ' }, keyPoints: [{ zh: '一' }, { zh: '' }] },
          ],
        },
      ],
    };
    const clean = cleanWriteup(writeup);
    expect(clean.title).toEqual({ zh: '  ' });
    expect(clean.source).toEqual({ language: 'zh' });
    expect(clean.background).toBeUndefined();
    expect(clean.applications).toEqual([{ company: 'tencent', outcome: 'rejected', note: { zh: '简历挂' } }]);
    const round = clean.rounds[0];
    expect(round?.track).toBeUndefined();
    expect(round?.notes).toEqual([{ zh: '记得复习' }]);
    expect(round?.items).toEqual([
      { type: 'talk', topic: 'chat', note: { zh: '' } },
      { type: 'problem', id: 'sqrt-x' },
      { type: 'own-problem', id: 'r1-1', title: { zh: '手写 NMS' } },
      { type: 'own-concept', id: 'r1-2', prompt: { zh: '为什么？' }, keyPoints: [{ zh: '一' }] },
    ]);
  });

  it('finds the API’s message for a field and what is under it', () => {
    const errors = { 'title.zh': 'text may not be empty', 'rounds.0.items.1.id': 'must be kebab-case' };
    expect(errorFor(errors, 'title')).toBe('text may not be empty');
    expect(errorFor(errors, 'rounds.0.items.1.id')).toBe('must be kebab-case');
    expect(errorFor(errors, 'rounds.0.items.1')).toBe('must be kebab-case');
    expect(errorFor(errors, 'rounds.0.items.10')).toBeUndefined();
    expect(errorFor(errors, 'tit')).toBeUndefined();
  });

  it('reads dates the way authors write them', () => {
    expect(parseDate('2024-05-16')).toEqual({ year: 2024, month: 5, day: 16 });
    expect(parseDate('5.16')).toEqual({ month: 5, day: 16 });
    expect(parseDate('5/6')).toEqual({ month: 5, day: 6 });
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('13-01')).toBe('invalid');
    expect(parseDate('May 16')).toBe('invalid');
  });
});
