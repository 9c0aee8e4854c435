import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { JudgeResult, ReviewCard, Submission, TestInput, User } from '@mianjing/core';
import { z } from 'zod';
import type { AnswerEntry, NewSubmission, PracticeStore, ReviewLogEntry, SubmissionPage } from './store.js';

/** Schema versions in order; each runs once, inside a transaction. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL
   );
   CREATE TABLE submissions (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     user_id TEXT NOT NULL REFERENCES users(id),
     problem_id TEXT NOT NULL,
     language TEXT NOT NULL,
     mode TEXT NOT NULL,
     code TEXT NOT NULL,
     custom_inputs TEXT NOT NULL,
     status TEXT NOT NULL,
     verdict TEXT,
     result TEXT,
     created_at TEXT NOT NULL,
     finished_at TEXT
   );
   CREATE INDEX submissions_by_user ON submissions(user_id, seq);
   CREATE INDEX submissions_unfinished ON submissions(status) WHERE status != 'done';
   CREATE TABLE cards (
     user_id TEXT NOT NULL REFERENCES users(id),
     question_id TEXT NOT NULL,
     state TEXT NOT NULL,
     due TEXT NOT NULL,
     PRIMARY KEY (user_id, question_id)
   );
   CREATE TABLE review_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     user_id TEXT NOT NULL REFERENCES users(id),
     question_id TEXT NOT NULL,
     rating TEXT NOT NULL,
     reviewed_at TEXT NOT NULL
   );
   CREATE INDEX review_log_by_user ON review_log(user_id);
   CREATE TABLE answers (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     user_id TEXT NOT NULL REFERENCES users(id),
     question_id TEXT NOT NULL,
     value REAL NOT NULL,
     correct INTEGER NOT NULL,
     answered_at TEXT NOT NULL
   );
   CREATE INDEX answers_by_user ON answers(user_id);`,
];

interface SubmissionRow {
  seq: number;
  id: string;
  user_id: string;
  problem_id: string;
  language: string;
  mode: string;
  code: string;
  custom_inputs: string;
  status: string;
  result: string | null;
  created_at: string;
  finished_at: string | null;
}

const toSubmission = (row: SubmissionRow): Submission =>
  Submission.parse({
    id: row.id,
    userId: row.user_id,
    problemId: row.problem_id,
    language: row.language,
    mode: row.mode,
    code: row.code,
    customInputs: z.array(TestInput).parse(JSON.parse(row.custom_inputs)),
    status: row.status,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    result: row.result === null ? null : JudgeResult.parse(JSON.parse(row.result)),
  });

/**
 * Opens (creating and migrating as needed) a SQLite store in WAL mode.
 * Use `':memory:'` for a throwaway store in tests.
 *
 * @example const store = openSqliteStore('./data/mianjing.db');
 */
export function openSqliteStore(path: string): PracticeStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    })();
  });

  const statements = {
    insertUser: db.prepare('INSERT INTO users (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)'),
    userByToken: db.prepare('SELECT id, name, created_at FROM users WHERE token_hash = ?'),
    rename: db.prepare('UPDATE users SET name = ? WHERE id = ? RETURNING id, name, created_at'),
    insertSubmission: db.prepare(
      `INSERT INTO submissions (id, user_id, problem_id, language, mode, code, custom_inputs, status, created_at)
       VALUES (@id, @userId, @problemId, @language, @mode, @code, @customInputs, 'queued', @createdAt)`,
    ),
    updateSubmission: db.prepare('UPDATE submissions SET status = ?, verdict = ?, result = ?, finished_at = ? WHERE id = ?'),
    submission: db.prepare('SELECT * FROM submissions WHERE id = ?'),
    unfinished: db.prepare("SELECT * FROM submissions WHERE status != 'done' ORDER BY seq"),
    summaries: db.prepare("SELECT problem_id, mode, verdict, created_at FROM submissions WHERE user_id = ? AND status = 'done' ORDER BY seq"),
    card: db.prepare('SELECT state FROM cards WHERE user_id = ? AND question_id = ?'),
    cards: db.prepare('SELECT state FROM cards WHERE user_id = ? ORDER BY due'),
    upsertCard: db.prepare(
      `INSERT INTO cards (user_id, question_id, state, due) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, question_id) DO UPDATE SET state = excluded.state, due = excluded.due`,
    ),
    insertReview: db.prepare('INSERT INTO review_log (user_id, question_id, rating, reviewed_at) VALUES (?, ?, ?, ?)'),
    reviewLog: db.prepare('SELECT user_id, question_id, rating, reviewed_at FROM review_log WHERE user_id = ? ORDER BY id'),
    insertAnswer: db.prepare('INSERT INTO answers (user_id, question_id, value, correct, answered_at) VALUES (?, ?, ?, ?, ?)'),
    answers: db.prepare('SELECT user_id, question_id, value, correct, answered_at FROM answers WHERE user_id = ? ORDER BY id'),
  };
  const toUser = (row: { id: string; name: string; created_at: string }): User => ({ id: row.id, name: row.name, createdAt: row.created_at });
  const saveReview = db.transaction((userId: string, card: ReviewCard, log: ReviewLogEntry) => {
    statements.upsertCard.run(userId, card.questionId, JSON.stringify(card), card.due);
    statements.insertReview.run(userId, log.questionId, log.rating, log.reviewedAt);
  });

  return {
    createUser(user, tokenHash) {
      statements.insertUser.run(user.id, user.name, tokenHash, user.createdAt);
    },
    userByTokenHash(tokenHash) {
      const row = statements.userByToken.get(tokenHash) as { id: string; name: string; created_at: string } | undefined;
      return row && toUser(row);
    },
    renameUser(id, name) {
      const row = statements.rename.get(name, id) as { id: string; name: string; created_at: string } | undefined;
      return row && toUser(row);
    },
    insertSubmission(submission: NewSubmission) {
      statements.insertSubmission.run({ ...submission, customInputs: JSON.stringify(submission.customInputs) });
      return { ...submission, status: 'queued', finishedAt: null, result: null };
    },
    updateSubmission(id, status, result, finishedAt) {
      statements.updateSubmission.run(status, result?.verdict ?? null, result ? JSON.stringify(result) : null, finishedAt ?? null, id);
    },
    submission(id) {
      const row = statements.submission.get(id) as SubmissionRow | undefined;
      return row && toSubmission(row);
    },
    listSubmissions(userId, { problemId, limit, cursor }): SubmissionPage {
      const before = cursor === undefined ? Number.MAX_SAFE_INTEGER : Number.parseInt(cursor, 36);
      const rows = db
        .prepare(
          `SELECT * FROM submissions WHERE user_id = ? AND seq < ? ${problemId ? 'AND problem_id = ?' : ''} ORDER BY seq DESC LIMIT ?`,
        )
        .all(...[userId, Number.isFinite(before) ? before : 0, ...(problemId ? [problemId] : []), limit + 1]) as SubmissionRow[];
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return { items: page.map(toSubmission), nextCursor: rows.length > limit && last ? last.seq.toString(36) : null };
    },
    unfinishedSubmissions() {
      return (statements.unfinished.all() as SubmissionRow[]).map(toSubmission);
    },
    submissionSummaries(userId) {
      return (statements.summaries.all(userId) as { problem_id: string; mode: string; verdict: string | null; created_at: string }[]).map((r) => ({
        problemId: r.problem_id,
        mode: r.mode,
        verdict: r.verdict,
        createdAt: r.created_at,
      }));
    },
    card(userId, questionId) {
      const row = statements.card.get(userId, questionId) as { state: string } | undefined;
      return row && ReviewCard.parse(JSON.parse(row.state));
    },
    cards(userId) {
      return (statements.cards.all(userId) as { state: string }[]).map((r) => ReviewCard.parse(JSON.parse(r.state)));
    },
    saveReview(userId, card, log) {
      saveReview(userId, card, log);
    },
    reviewLog(userId) {
      return (statements.reviewLog.all(userId) as { user_id: string; question_id: string; rating: string; reviewed_at: string }[]).map((r) => ({
        userId: r.user_id,
        questionId: r.question_id,
        rating: r.rating as ReviewLogEntry['rating'],
        reviewedAt: r.reviewed_at,
      }));
    },
    recordAnswer(answer: AnswerEntry) {
      statements.insertAnswer.run(answer.userId, answer.questionId, answer.value, answer.correct ? 1 : 0, answer.answeredAt);
    },
    answers(userId) {
      return (statements.answers.all(userId) as { user_id: string; question_id: string; value: number; correct: number; answered_at: string }[]).map((r) => ({
        userId: r.user_id,
        questionId: r.question_id,
        value: r.value,
        correct: r.correct === 1,
        answeredAt: r.answered_at,
      }));
    },
    close() {
      db.close();
    },
  };
}
