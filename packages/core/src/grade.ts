import { type Catalogue, loadCatalogue } from './content/catalogue.js';
import { MianjingError } from './errors.js';
import type { NumericGrade } from './schema/views.js';

/**
 * Grades a numeric answer within the question's tolerance:
 * |given - expected| <= abs + rel * |expected|.
 *
 * @example grade('lora-param-count', 65536).correct // true
 */
export function grade(questionId: string, value: number, catalogue: Catalogue = loadCatalogue()): NumericGrade {
  const question = catalogue.question(questionId);
  if (!question) throw new MianjingError('question_not_found', `no question with id "${questionId}"`);
  if (question.kind !== 'numeric') {
    throw new MianjingError('not_numeric', `"${questionId}" is a concept question; it is reviewed, not graded`);
  }
  if (!Number.isFinite(value))
    throw new MianjingError('invalid_answer', 'the answer must be a finite number', { value: 'not a finite number' });
  const { abs, rel } = question.tolerance;
  const correct = Math.abs(value - question.answer) <= abs + rel * Math.abs(question.answer);
  return { questionId, correct, given: value, expected: question.answer, unit: question.unit, explanation: question.explanation };
}
