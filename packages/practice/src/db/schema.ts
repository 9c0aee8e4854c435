import type { Generated } from 'kysely';

/**
 * The tables, as both dialects store them. Decided once for both: ids and
 * timestamps are text (ISO 8601, so they sort), JSON documents are text,
 * booleans are integers 0/1, sequence numbers come back as JS numbers.
 */
export interface Database {
  users: UsersTable;
  submissions: SubmissionsTable;
  cards: CardsTable;
  review_log: ReviewLogTable;
  answers: AnswersTable;
  writeups: WriteupsTable;
  writeup_companies: WriteupCompaniesTable;
  writeup_practice: WriteupPracticeTable;
  rate_events: RateEventsTable;
}

export interface UsersTable {
  id: string;
  name: string;
  token_hash: string;
  created_at: string;
}

export interface SubmissionsTable {
  /** Insertion order: newest-first listing and cursors. */
  seq: Generated<number>;
  id: string;
  user_id: string;
  problem_id: string;
  language: string;
  mode: string;
  code: string;
  custom_inputs: string;
  status: string;
  verdict: string | null;
  result: string | null;
  created_at: string;
  finished_at: string | null;
  /** How many times a judge has started on it: a submission that keeps killing judges is given up on. */
  attempts: Generated<number>;
  started_at: string | null;
}

export interface CardsTable {
  user_id: string;
  /** A catalogue concept question's id, or an own card's key (`writeup:<writeupId>:<itemId>`). */
  question_id: string;
  state: string;
  due: string;
  /** The write-up an own card comes from; null for a catalogue question's card. */
  writeup_id: string | null;
}

export interface ReviewLogTable {
  id: Generated<number>;
  user_id: string;
  question_id: string;
  rating: string;
  reviewed_at: string;
}

export interface AnswersTable {
  id: Generated<number>;
  user_id: string;
  question_id: string;
  value: number;
  correct: number;
  answered_at: string;
}

export interface WriteupsTable {
  id: string;
  owner_id: string;
  /** `private`, `unlisted` or `public`, as in the document. */
  visibility: string;
  /** 1 when an operator hid it: gone for everyone but its owner. */
  hidden: Generated<number>;
  /** The title as JSON (`UserText`), for lists without reading documents. */
  title: string;
  language: string;
  round_count: number;
  item_count: number;
  /** The `UserWriteup` as JSON, validated when read. */
  document: string;
  created_at: string;
  updated_at: string;
}

export interface WriteupCompaniesTable {
  writeup_id: string;
  /** A company id from the catalogue, or `name:` and the lower-cased name of one that is not there. */
  company_key: string;
}

export interface WriteupPracticeTable {
  user_id: string;
  writeup_id: string;
  /** The id of the author's own item within the write-up. */
  item_key: string;
  practised_at: string;
}

export interface RateEventsTable {
  id: Generated<number>;
  user_id: string;
  action: string;
  at: string;
}
