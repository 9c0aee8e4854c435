import { z } from 'zod';
import { ContentError, type ContentIssue } from '../errors.js';
import { bundledContentDir } from '../paths.js';
import { Difficulty, Slug } from '../schema/common.js';
import type { Collection } from '../schema/collection.js';
import type { Company } from '../schema/company.js';
import type { Round, Writeup } from '../schema/interview.js';
import { type Problem, ProblemKind } from '../schema/problem.js';
import type { Question } from '../schema/question.js';
import { checkProblemTests, checkReferences } from './check.js';
import { type ContentPack, readContent } from './read.js';

/** Filters for listing problems; every field is optional and they combine with AND. */
export const ProblemFilter = z.object({
  company: Slug.optional(),
  round: Slug.optional(),
  collection: Slug.optional(),
  kind: ProblemKind.optional(),
  tag: Slug.optional(),
  difficulty: Difficulty.optional(),
  /** Case-insensitive text search in both languages' titles, tags and statements. */
  q: z.string().trim().min(1).max(200).optional(),
});
export type ProblemFilter = z.infer<typeof ProblemFilter>;

export const QuestionFilter = z.object({
  company: Slug.optional(),
  round: Slug.optional(),
  collection: Slug.optional(),
  kind: z.enum(['numeric', 'concept']).optional(),
  tag: Slug.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type QuestionFilter = z.infer<typeof QuestionFilter>;

/** The read-only content every app works from. */
export interface Catalogue {
  readonly contentDir: string;
  readonly companies: readonly Company[];
  readonly writeups: readonly Writeup[];
  /** Every round of every write-up, in date order. */
  readonly rounds: readonly Round[];
  readonly collections: readonly Collection[];
  readonly problems: readonly Problem[];
  readonly questions: readonly Question[];
  company(id: string): Company | undefined;
  round(id: string): Round | undefined;
  collection(id: string): Collection | undefined;
  problem(id: string): Problem | undefined;
  question(id: string): Question | undefined;
  listProblems(filter?: ProblemFilter): Problem[];
  listQuestions(filter?: QuestionFilter): Question[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const dateKey = (r: Round) => (r.date.year ?? 0) * 10_000 + r.date.month * 100 + r.date.day;

const matchesText = (needle: string, ...haystacks: unknown[]) => {
  const q = needle.toLowerCase();
  return haystacks.some((h) => JSON.stringify(h).toLowerCase().includes(q));
};

/** Builds the query interface over a pack that has already been checked. */
export function createCatalogue(pack: ContentPack): Catalogue {
  const frozen = deepFreeze(pack);
  const rounds = frozen.writeups.flatMap((w) => w.rounds).sort((a, b) => dateKey(a) - dateKey(b));
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const companies = byId(frozen.companies);
  const roundsById = byId(rounds);
  const collections = byId(frozen.collections);
  const problems = byId(frozen.problems);
  const questions = byId(frozen.questions);
  type Placed = { rounds: readonly string[]; companies: readonly string[]; collections: readonly string[] };
  const placed = (item: Placed, f: { company?: string; round?: string; collection?: string }) =>
    (!f.company || item.companies.includes(f.company)) &&
    (!f.round || item.rounds.includes(f.round)) &&
    (!f.collection || item.collections.includes(f.collection));
  return {
    contentDir: frozen.dir,
    companies: frozen.companies,
    writeups: frozen.writeups,
    rounds,
    collections: frozen.collections,
    problems: frozen.problems,
    questions: frozen.questions,
    company: (id) => companies.get(id),
    round: (id) => roundsById.get(id),
    collection: (id) => collections.get(id),
    problem: (id) => problems.get(id),
    question: (id) => questions.get(id),
    listProblems: (filter = {}) =>
      frozen.problems.filter(
        (p) =>
          placed(p, filter) &&
          (!filter.kind || p.judge.kind === filter.kind) &&
          (!filter.tag || p.tags.includes(filter.tag)) &&
          (!filter.difficulty || p.difficulty === filter.difficulty) &&
          (!filter.q || matchesText(filter.q, p.id, p.title, p.aliases, p.tags, p.statement, p.source)),
      ),
    listQuestions: (filter = {}) =>
      frozen.questions.filter(
        (q) =>
          placed(q, filter) &&
          (!filter.kind || q.kind === filter.kind) &&
          (!filter.tag || q.tags.includes(filter.tag)) &&
          (!filter.q || matchesText(filter.q, q.id, q.prompt, q.tags)),
      ),
  };
}

/**
 * Every issue of a content folder: schema, cross-references, tests. Used by
 * `pnpm validate` and the test suite.
 */
export async function validateContent(dir: string = bundledContentDir): Promise<ContentIssue[]> {
  const { pack, issues } = readContent(dir);
  issues.push(...checkReferences(pack));
  for (const problem of pack.problems) issues.push(...(await checkProblemTests(pack, problem)));
  return issues;
}

const loaded = new Map<string, Catalogue>();

/**
 * The catalogue of a content folder (the bundled pack by default), read once
 * and cached. Throws a `ContentError` naming each bad file and field.
 *
 * @example const problem = loadCatalogue().problem('sqrt-x');
 */
export function loadCatalogue(dir: string = bundledContentDir): Catalogue {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const { pack, issues } = readContent(dir);
  issues.push(...checkReferences(pack));
  if (issues.length > 0) throw new ContentError(issues);
  const catalogue = createCatalogue(pack);
  loaded.set(dir, catalogue);
  return catalogue;
}
