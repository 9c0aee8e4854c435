import { describe, expect, it } from 'vitest';
import { diffValues, firstChange } from './diff.js';

describe('diffValues', () => {
  it('marks only the tokens that differ', () => {
    const diff = diffValues('[1,2,3]', '[1,2,4]');
    expect(diff.actual).toEqual([
      { text: '[1,2,', changed: false },
      { text: '4', changed: true },
      { text: ']', changed: false },
    ]);
    expect(diff.expected.filter((p) => p.changed).map((p) => p.text)).toEqual(['3']);
    expect(firstChange(diff.actual)).toBe(5);
  });

  it('compares numbers as whole tokens, not digits', () => {
    expect(
      diffValues('[10,20]', '[10,21]')
        .actual.filter((p) => p.changed)
        .map((p) => p.text),
    ).toEqual(['21']);
  });

  it('finds an inserted element in the middle', () => {
    const diff = diffValues('[1,2,3]', '[1,9,2,3]');
    expect(
      diff.actual
        .filter((p) => p.changed)
        .map((p) => p.text)
        .join(''),
    ).toBe('9,');
    expect(diff.expected.every((p) => !p.changed)).toBe(true);
  });

  it('reports no change for equal text', () => {
    expect(firstChange(diffValues('"abc"', '"abc"').actual)).toBe(-1);
  });
});
