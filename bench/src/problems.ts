import { type Catalogue, type Problem, type TestInput, generateCases } from '@mianjing/core';
import { transform } from 'sucrase';

/** Every test input of a problem in judging order (examples, hidden, generated). */
export async function allInputs(catalogue: Catalogue, problem: Problem): Promise<TestInput[]> {
  const generated = await generateCases(catalogue.contentDir, problem);
  return [...problem.tests.examples, ...problem.tests.hidden].map((t) => t.input).concat(generated.map((g) => g.input));
}

/** The TypeScript reference as plain JavaScript, stripped the way the judge strips it. */
export const referenceJs = (problem: Problem): string =>
  transform(problem.reference.typescript, { transforms: ['typescript'], disableESTransforms: true }).code;

/** Problems whose tests take the reference more than a few milliseconds in total. */
export const HEAVY = new Set([
  'quicksort',
  'range-sum-2d',
  'sort-list',
  'increasing-triplet',
  'increasing-triplet-witness',
  'remove-k-digits',
]);
