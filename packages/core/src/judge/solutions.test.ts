import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/catalogue.js';
import type { Language } from '../schema/verdict.js';
import { createJudge } from './judge.js';

// The Polygon-style proof of every problem package: each reference solution
// passes every test in both languages, and each known-wrong solution gets
// exactly the verdict it is tagged with.
const catalogue = loadCatalogue();
const judge = createJudge({ catalogue });
afterAll(() => judge.close());

describe.each(catalogue.problems.map((p) => [p.id, p] as const))('%s', (_, problem) => {
  it.each(['typescript', 'javascript'] as Language[])('the %s reference solution is Accepted on every test', async (language) => {
    const result = await judge.judge({ problemId: problem.id, language, mode: 'submit', code: problem.reference[language] });
    const failed = result.tests.filter((t) => t.status !== 'Accepted');
    expect(failed, JSON.stringify(failed.slice(0, 2)) + (result.internalMessage ?? '')).toEqual([]);
    expect(result.verdict).toBe('Accepted');
    expect(result.passed).toBe(result.total);
    expect(result.total).toBeGreaterThan(problem.tests.examples.length);
  });

  it.each(problem.wrong.map((w) => [w.file, w] as const))('%s gets its tagged verdict', async (file, wrong) => {
    const language: Language = file.endsWith('.ts') ? 'typescript' : 'javascript';
    const code = problem.wrongSources[file] ?? '';
    const result = await judge.judge({ problemId: problem.id, language, mode: 'submit', code });
    expect(wrong.verdicts).toContain(result.verdict);
  });
});
