import { ProblemFilter } from '@mianjing/core';
import { z } from 'zod';
import { checkFlags, expectPositionals } from '../args.js';
import { UsageError } from '../errors.js';
import { formatProblem, formatProblemList, statusOf } from '../format/problems.js';
import { formatCollection, formatCollectionList } from '../format/collections.js';
import { formatInterviews } from '../format/practice.js';
import { type Command, toJson } from './command.js';

const ListFlags = ProblemFilter.extend({
  status: z.enum(['new', 'attempted', 'solved']).optional(),
  json: z.boolean().optional(),
});

export const list: Command = {
  name: 'list',
  summary: 'list problems, with filters and your status',
  usage: 'mj list [--company C] [--round R] [--collection ID] [--kind K] [--tag T] [--difficulty D] [--status S] [--search TEXT] [--json]',
  description: 'Lists the judged problems: status (new, attempted, solved), id, difficulty, kind and title. Filters combine.',
  flags: [
    ['--company C', 'asked at company C (pdd, kuaishou, bytedance, …)'],
    ['--round R', 'asked in round R (pdd-r1, …; see mj interviews)'],
    ['--collection ID', 'in collection ID (cv-ml-canon, …; see mj collections)'],
    ['--kind K', 'function, in-place or design'],
    ['--tag T', 'tagged T (binary-search, attention, …)'],
    ['--difficulty D', 'easy, medium or hard'],
    ['--status S', 'new, attempted or solved'],
    ['--search TEXT', 'text in the title, tags or statement, either language'],
    ['--json', 'print { items: ProblemSummary[], total } as the API does'],
  ],
  examples: [
    'mj list',
    'mj list --company kuaishou --status new',
    'mj list --collection cv-ml-canon',
    'mj list --kind design --lang zh',
    "mj list --json | jq -r '.items[].id'",
  ],
  options: {
    company: { type: 'string' },
    round: { type: 'string' },
    collection: { type: 'string' },
    kind: { type: 'string' },
    tag: { type: 'string' },
    difficulty: { type: 'string' },
    status: { type: 'string' },
    search: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(context, values, positionals) {
    expectPositionals('list', positionals, []);
    const { search, ...rest } = values;
    const { status, json, ...filter } = checkFlags('list', ListFlags, { ...rest, q: search });
    const backend = context.backend();
    if (status && !backend.signedIn)
      throw new UsageError('--status needs an account on the server: run `mj signup <name>` or pass --token');
    const progress = backend.signedIn ? await backend.progress() : undefined;
    const items = (await backend.listProblems(filter)).filter((p) => !status || statusOf(progress, p.id) === status);
    context.out(json ? toJson({ items, total: items.length }) : formatProblemList(items, context.settings.locale, progress));
    return 0;
  },
};

export const show: Command = {
  name: 'show',
  summary: 'show a problem: statement, examples, limits',
  usage: 'mj show <problem-id> [--lang zh|en] [--editorial] [--json]',
  description:
    'Prints the statement rendered for the terminal, the examples and the limits. The editorial is shown once you have solved the problem, or with --editorial.',
  flags: [
    ['--lang zh|en', 'language of the statement'],
    ['--editorial', 'include the editorial even if unsolved'],
    ['--json', 'print the problem as GET /api/v1/problems/{id} returns it'],
  ],
  examples: ['mj show sqrt-x', 'mj show softmax --lang zh', 'mj show sqrt-x --json | jq .starter.typescript'],
  options: { editorial: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(context, values, positionals) {
    const [id = ''] = expectPositionals('show', positionals, ['problem-id']);
    const backend = context.backend();
    const problem = await backend.problem(id, { editorial: values.editorial === true });
    context.out(values.json ? toJson(problem) : formatProblem(problem, await backend.companies(), context.settings.locale, context.style));
    return 0;
  },
};

export const interviews: Command = {
  name: 'interviews',
  summary: 'the interview timeline: every round and what was asked',
  usage: 'mj interviews [--company C] [--json]',
  description:
    'Prints every round of the write-ups in date order with its items in the order they happened: problems, numeric questions, flashcards and talk.',
  flags: [
    ['--company C', 'only the rounds at company C'],
    ['--json', 'print { items: Round[] } as GET /api/v1/interviews returns it'],
  ],
  examples: ['mj interviews', 'mj interviews --company bytedance --lang zh', 'mj interviews --json'],
  options: { company: { type: 'string' }, json: { type: 'boolean' } },
  async run(context, values, positionals) {
    expectPositionals('interviews', positionals, []);
    const { company, json } = checkFlags(
      'interviews',
      z.object({ company: ProblemFilter.shape.company, json: z.boolean().optional() }),
      values,
    );
    const backend = context.backend();
    const rounds = await backend.interviews(company);
    context.out(
      json ? toJson({ items: rounds }) : formatInterviews(rounds, await backend.companies(), context.settings.locale, context.style),
    );
    return 0;
  },
};

export const collections: Command = {
  name: 'collections',
  summary: 'collections of problems and questions, and your progress in each section',
  usage: 'mj collections [<collection-id>] [--json]',
  description:
    'Without an id, lists the collections (the CV/ML hand-coding canon, …) with their sections. With an id, prints its sections in order with your progress in each and every item with its status (✓ solved or reviewed, ~ attempted). `mj list --collection ID` lists its problems with filters.',
  flags: [['--json', 'print { items: CollectionSummary[] } or the CollectionView as GET /api/v1/collections[/{id}] returns it']],
  examples: [
    'mj collections',
    'mj collections cv-ml-canon',
    'mj collections cv-ml-canon --lang zh',
    'mj collections cv-ml-canon --json | jq .progress',
  ],
  options: { json: { type: 'boolean' } },
  async run(context, values, positionals) {
    const [id] = expectPositionals('collections', positionals, [], ['collection-id']);
    const backend = context.backend();
    const progress = backend.signedIn ? await backend.progress() : undefined;
    const { locale } = context.settings;
    if (id === undefined) {
      const items = await backend.collections();
      context.out(values.json ? toJson({ items }) : formatCollectionList(items, locale, context.style, progress));
    } else {
      const view = await backend.collection(id);
      context.out(values.json ? toJson(view) : formatCollection(view, locale, context.style, progress));
    }
    return 0;
  },
};
