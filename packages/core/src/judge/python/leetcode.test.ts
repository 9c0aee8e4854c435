import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.js';
import { pythonMissing } from '../../testing/python.js';
import { createJudge } from '../judge.js';

// Solutions written the way LeetCode's Python 3 accepts them, pasted as they
// are: no imports (LeetCode puts List, Optional, math, heapq's and
// functools' names in scope), `class Solution`, the commented-out ListNode,
// `matrix[:] = zip(...)` assigning tuples, `@cache` on a method.
const folder = fileURLToPath(new URL('../../testing/leetcode-python/', import.meta.url));
const pasted = new Map(readdirSync(folder).map((file) => [file.replace(/\.py$/, ''), readFileSync(folder + file, 'utf8')]));
const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 1 });
afterAll(() => judge.close());

describe.skipIf(pythonMissing)('LeetCode solutions pasted unchanged', () => {
  const leetcode = catalogue.problems.filter((p) => p.source.platform === 'leetcode');

  it('there is one for every LeetCode problem of the inventory', () => {
    expect(leetcode.map((p) => p.id).filter((id) => !pasted.has(id))).toEqual([]);
  });

  it.each(leetcode.map((p) => [p.id] as const))('%s is Accepted', async (problemId) => {
    const result = await judge.judge({ problemId, language: 'python', mode: 'submit', code: pasted.get(problemId) ?? '' });
    const failed = result.tests.find((t) => t.status !== 'Accepted');
    expect(result.verdict, JSON.stringify(failed ?? result.compileError ?? result.internalMessage)).toBe('Accepted');
  });
});
