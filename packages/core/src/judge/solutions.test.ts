import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/catalogue.js';
import type { Problem } from '../schema/problem.js';
import { Language, languageExtensions } from '../schema/verdict.js';
import { pythonMissing } from '../testing/python.js';
import { createJudge } from './judge.js';

// The Polygon-style proof of every problem package: each reference solution
// passes every test in every language, and each known-wrong solution gets
// exactly the verdict it is tagged with. Python needs python3-numpy and
// bubblewrap; without them its cases are skipped, with a loud warning.
const catalogue = loadCatalogue();
const judge = createJudge({ catalogue });
afterAll(() => judge.close());

const languageOf = (file: string): Language =>
  Language.options.find((language) => file.endsWith(`.${languageExtensions[language]}`)) ?? 'javascript';

async function expectAccepted(problem: Problem, language: Language) {
  const result = await judge.judge({ problemId: problem.id, language, mode: 'submit', code: problem.reference[language] });
  const failed = result.tests.filter((t) => t.status !== 'Accepted');
  expect(failed, JSON.stringify(failed.slice(0, 2)) + (result.internalMessage ?? '')).toEqual([]);
  expect(result.verdict).toBe('Accepted');
  expect(result.passed).toBe(result.total);
  expect(result.total).toBeGreaterThan(problem.tests.examples.length);
}

async function expectTaggedVerdict(problem: Problem, wrong: Problem['wrong'][number]) {
  const code = problem.wrongSources[wrong.file] ?? '';
  const result = await judge.judge({ problemId: problem.id, language: languageOf(wrong.file), mode: 'submit', code });
  expect(wrong.verdicts, result.internalMessage).toContain(result.verdict);
}

describe.each(catalogue.problems.map((p) => [p.id, p] as const))('%s', (_, problem) => {
  const wrongIn = (python: boolean) =>
    problem.wrong.filter((w) => (languageOf(w.file) === 'python') === python).map((w) => [w.file, w] as const);

  it.each(['typescript', 'javascript'] as const)('the %s reference solution is Accepted on every test', (language) =>
    expectAccepted(problem, language),
  );
  it.skipIf(pythonMissing)('the python reference solution is Accepted on every test', () => expectAccepted(problem, 'python'));

  it.each(wrongIn(false))('%s gets its tagged verdict', (_file, wrong) => expectTaggedVerdict(problem, wrong));
  it.skipIf(pythonMissing).each(wrongIn(true))('%s gets its tagged verdict', (_file, wrong) => expectTaggedVerdict(problem, wrong));

  it('has Python versions of its known-wrong solutions', () => {
    expect(wrongIn(true).length).toBeGreaterThanOrEqual(2);
  });
});
