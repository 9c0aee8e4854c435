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
  question_id: string;
  state: string;
  due: string;
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
