import type { Catalogue } from './content/catalogue.js';
import type { Problem } from './schema/problem.js';
import type { Question } from './schema/question.js';
import type { Collection, CollectionItem } from './schema/collection.js';
import type { Progress } from './schema/practice.js';
import type {
  CollectionSummary,
  CollectionView,
  ItemTitles,
  ProblemSummary,
  PublicProblem,
  PublicQuestion,
  RoundView,
  SectionProgress,
} from './schema/views.js';

/** The public view of a problem; `withEditorial` when the person solved it or asked for it. */
export function toPublicProblem(problem: Problem, withEditorial: boolean): PublicProblem {
  return {
    id: problem.id,
    title: problem.title,
    difficulty: problem.difficulty,
    tags: problem.tags,
    source: problem.source,
    aliases: problem.aliases,
    notes: problem.notes,
    judge: problem.judge,
    comparison: problem.comparison,
    limits: problem.limits,
    statement: problem.statement,
    rounds: problem.rounds,
    companies: problem.companies,
    collections: problem.collections,
    starter: problem.starter,
    python: problem.python,
    examples: problem.tests.examples,
    editorial: withEditorial ? problem.editorial : null,
  };
}

export function toProblemSummary(problem: Problem): ProblemSummary {
  return {
    id: problem.id,
    title: problem.title,
    difficulty: problem.difficulty,
    tags: problem.tags,
    source: problem.source,
    aliases: problem.aliases,
    rounds: problem.rounds,
    companies: problem.companies,
    collections: problem.collections,
    kind: problem.judge.kind,
  };
}

export function toPublicQuestion(question: Question): PublicQuestion {
  if (question.kind === 'concept') return question;
  const { answer: _answer, explanation: _explanation, ...rest } = question;
  return rest;
}

/** The titles of a list of round or collection items, by id (talk items have none). */
function titlesOf(catalogue: Catalogue, items: readonly ({ type: 'talk' } | { type: CollectionItem['type']; id: string })[]): ItemTitles {
  const titles: ItemTitles = {};
  for (const item of items) {
    if (item.type === 'talk') continue;
    const title = item.type === 'problem' ? catalogue.problem(item.id)?.title : catalogue.question(item.id)?.prompt;
    if (title) titles[item.id] = title;
  }
  return titles;
}

/** Every round in date order, with the titles of its items in both languages. */
export function timeline(catalogue: Catalogue): RoundView[] {
  const writeupOf = new Map(catalogue.writeups.flatMap((w) => w.rounds.map((r) => [r.id, w.id] as const)));
  return catalogue.rounds.map((round) => ({
    ...round,
    writeup: writeupOf.get(round.id) ?? '',
    itemTitles: titlesOf(catalogue, round.items),
  }));
}

/** A collection's counts per section, for lists. */
export function toCollectionSummary(collection: Collection): CollectionSummary {
  const sections = collection.sections.map((section) => ({
    id: section.id,
    title: section.title,
    problems: section.items.filter((i) => i.type === 'problem').length,
    questions: section.items.filter((i) => i.type !== 'problem').length,
  }));
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    sections,
    problems: sections.reduce((n, s) => n + s.problems, 0),
    questions: sections.reduce((n, s) => n + s.questions, 0),
  };
}

/** Where a person stands in each section of a collection, from their progress. */
export function sectionProgress(collection: Collection, progress: Pick<Progress, 'problemStatus' | 'questionStatus'>): SectionProgress[] {
  return collection.sections.map((section) => {
    const problems = section.items.filter((i) => i.type === 'problem');
    const questions = section.items.filter((i) => i.type !== 'problem');
    const status = (id: string) => progress.problemStatus[id];
    const done = (id: string) => progress.questionStatus[id] === 'reviewed' || progress.questionStatus[id] === 'correct';
    return {
      id: section.id,
      problems: {
        total: problems.length,
        attempted: problems.filter((i) => status(i.id) !== undefined).length,
        solved: problems.filter((i) => status(i.id) === 'solved').length,
      },
      questions: { total: questions.length, done: questions.filter((i) => done(i.id)).length },
    };
  });
}

/** A collection ready to show, with the person's progress per section when there is one. */
export function toCollectionView(catalogue: Catalogue, collection: Collection, progress?: Progress): CollectionView {
  return {
    ...collection,
    itemTitles: titlesOf(
      catalogue,
      collection.sections.flatMap((s) => s.items),
    ),
    progress: progress ? sectionProgress(collection, progress) : null,
  };
}
