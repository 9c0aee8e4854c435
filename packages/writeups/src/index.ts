export { parseWriteup, type ParseOptions } from './writeup.js';
export {
  Confidence,
  DraftReport,
  FieldReport,
  ItemReport,
  LinePlace,
  LineReport,
  Recognition,
  RoundReport,
  WriteupDraft,
} from './draft.js';
export { matchQuestion, questionThreshold, sureQuestionThreshold, type QuestionCandidate } from './questions.js';
export { companyEntries, type CompanyEntry } from './companies.js';
export { prepareParser } from './writeup.js';
export { exportWriteup, importWriteup, writeupFileId, WriteupFileError } from './export.js';
