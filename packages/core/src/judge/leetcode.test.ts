import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/catalogue.js';
import { createJudge } from './judge.js';

// TypeScript solutions written the way LeetCode accepts them (the commented
// ListNode header, `function` declarations, classes with private fields),
// pasted unchanged: each must be Accepted on every test.
const folder = new URL('../../test-fixtures/leetcode/', import.meta.url);
const catalogue = loadCatalogue();
const judge = createJudge({ catalogue });
afterAll(() => judge.close());

const pastes = readdirSync(folder).filter((f) => f.endsWith('.ts'));

describe('LeetCode solutions pasted unchanged', () => {
  it('cover every LeetCode problem of the inventory', () => {
    const leetcode = catalogue.problems.filter((p) => p.source.platform === 'leetcode' && p.id !== 'increasing-triplet-witness');
    expect(pastes.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(leetcode.map((p) => p.id).sort());
  });

  it.each(pastes)('%s is Accepted', async (file) => {
    const problemId = file.replace(/\.ts$/, '');
    const code = readFileSync(new URL(file, folder), 'utf8');
    const result = await judge.judge({ problemId, language: 'typescript', mode: 'submit', code });
    expect(result.tests.filter((t) => t.status !== 'Accepted').map((t) => [t.index, t.status, t.message])).toEqual([]);
    expect(result.verdict).toBe('Accepted');
  });
});
