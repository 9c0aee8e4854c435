export * from './schema/common.js';
export * from './schema/collection.js';
export * from './schema/company.js';
export * from './schema/interview.js';
export * from './schema/user-writeup.js';
export * from './schema/writeup-views.js';
export * from './schema/problem.js';
export * from './schema/question.js';
export * from './schema/verdict.js';
export * from './errors.js';
export { textIn } from './labels.js';
export { bundledContentDir } from './paths.js';
export { createRng, type Rng } from './rng.js';
export { starterCode } from './starter.js';
export { describeTypeMismatch, describeArgumentsMismatch } from './values.js';
export { readContent, type ContentPack } from './content/read.js';
export { checkReferences, describeTestMismatch } from './content/check.js';
export { generateCases, loadChecker, type Generator, type Checker, type CheckResult, type GeneratedCase } from './content/modules.js';
export {
  createCatalogue,
  loadCatalogue,
  validateContent,
  ProblemFilter,
  QuestionFilter,
  type Catalogue,
} from './content/catalogue.js';
export {
  WRITEUP_FILE_FORMAT,
  WriteupFile,
  type WriteupFileIssue,
  checkWriteupReferences,
  readWriteupFile,
  validateWriteupExport,
} from './content/writeup-file.js';
export { grade } from './grade.js';
export * from './schema/practice.js';
export * from './judge/schema.js';
export * from './schema/views.js';
export {
  toPublicProblem,
  toProblemSummary,
  toPublicQuestion,
  timeline,
  toCollectionSummary,
  toCollectionView,
  sectionProgress,
} from './views.js';
