import { describe, expect, it } from 'vitest';
import { diffJson } from './diff.js';

const changed = (segments: { text: string; changed: boolean }[]) => segments.filter((s) => s.changed).map((s) => s.text);
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('diffJson', () => {
  it('marks only the differing element of an array', () => {
    const diff = diffJson('[1,2,3]', '[1,5,3]');
    expect(changed(diff.expected)).toEqual(['2']);
    expect(changed(diff.actual)).toEqual(['5']);
    expect(joined(diff.expected)).toBe('[1,2,3]');
    expect(joined(diff.actual)).toBe('[1,5,3]');
  });

  it('marks nothing when the values are equal', () => {
    const diff = diffJson('{"a":[1,2]}', '{"a":[1,2]}');
    expect(changed(diff.expected)).toEqual([]);
    expect(changed(diff.actual)).toEqual([]);
  });

  it('marks inserted and missing elements', () => {
    const diff = diffJson('[1,2,3,4]', '[1,3,4,9]');
    expect(changed(diff.expected)).toEqual(['2,']);
    expect(changed(diff.actual)).toEqual([',9']);
  });

  it('treats a number as one token, not digits', () => {
    const diff = diffJson('46340', '46339');
    expect(changed(diff.expected)).toEqual(['46340']);
    expect(changed(diff.actual)).toEqual(['46339']);
  });

  it('compares nested arrays and strings by token', () => {
    const diff = diffJson('[[0.1,0.2],["a b"]]', '[[0.1,0.25],["a c"]]');
    expect(changed(diff.expected)).toEqual(['0.2', '"a b"']);
    expect(changed(diff.actual)).toEqual(['0.25', '"a c"']);
  });

  it('falls back to the common ends on very long values', () => {
    const long = (last: number) =>
      JSON.stringify([...Array.from({ length: 3000 }, (_, i) => i % 7), last, ...Array.from({ length: 3000 }, (_, i) => (i * 3) % 5)]);
    const left = JSON.stringify(Array.from({ length: 3000 }, (_, i) => i));
    const right = JSON.stringify(Array.from({ length: 3000 }, (_, i) => 3000 - i));
    const diff = diffJson(left, right);
    expect(joined(diff.expected)).toBe(left);
    expect(changed(diff.actual).length).toBeGreaterThan(0);
    const same = diffJson(long(1), long(2));
    expect(changed(same.expected)).toEqual(['1']);
  });
});
