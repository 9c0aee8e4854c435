import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledContentDir, loadCatalogue } from '@mianjing/core';

/** A solution file from the content pack (`reference.ts`, `wrong-….js`). */
export const contentSolution = (problemId: string, file: string) =>
  readFileSync(join(bundledContentDir, 'problems', problemId, 'solutions', file), 'utf8');

const catalogue = loadCatalogue();
/** How many problems and flashcards the bundled content has (it grows; tests count from it). */
export const PROBLEMS = catalogue.problems.length;
export const FLASHCARDS = catalogue.questions.filter((q) => q.kind === 'concept').length;
const lora = catalogue.question('lora-param-count');
/** The right answer to the numeric question `lora-param-count`. */
export const LORA_PARAMS = lora?.kind === 'numeric' ? lora.answer : Number.NaN;
