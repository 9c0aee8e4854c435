import { loadCatalogue } from '@mianjing/core';
import { describe, expect, it } from 'vitest';
import { formatProblemList } from './list.js';

describe('mj list', () => {
  const catalogue = loadCatalogue();

  it('prints the problems of a company in the chosen language', () => {
    const text = formatProblemList(catalogue, { company: 'kuaishou' }, 'zh');
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toMatch(/^range-sum-2d\s+medium\s+design\s+/m);
  });

  it('says so when nothing matches', () => {
    expect(formatProblemList(catalogue, { company: 'tencent' }, 'en')).toBe('no problems match');
  });
});
