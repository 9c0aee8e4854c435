import type { Catalogue } from './content/catalogue.js';
import type { Problem } from './schema/problem.js';
import type { Question } from './schema/question.js';
import type { ProblemSummary, PublicProblem, PublicQuestion, RoundView } from './schema/views.js';

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

/** Every round in date order, with the titles of its items in both languages. */
export function timeline(catalogue: Catalogue): RoundView[] {
  const writeupOf = new Map(catalogue.writeups.flatMap((w) => w.rounds.map((r) => [r.id, w.id] as const)));
  return catalogue.rounds.map((round) => {
    const itemTitles: RoundView['itemTitles'] = {};
    for (const item of round.items) {
      if (item.type === 'problem') {
        const problem = catalogue.problem(item.id);
        if (problem) itemTitles[item.id] = problem.title;
      } else if (item.type !== 'talk') {
        const question = catalogue.question(item.id);
        if (question) itemTitles[item.id] = question.prompt;
      }
    }
    return { ...round, writeup: writeupOf.get(round.id) ?? '', itemTitles };
  });
}
