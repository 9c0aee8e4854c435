import { ReviewRating } from '@mianjing/core';
import { z } from 'zod';
import { checkFlags, expectPositionals } from '../args.js';
import { UsageError } from '../errors.js';
import { dueIn, formatGrade, formatProgress } from '../format/practice.js';
import { type Command, toJson } from './command.js';

const JsonFlag = z.object({ json: z.boolean().optional() });

/** A typed number: `65536`, `65,536`, `6.5e4`, `-0.25`. */
function parseNumber(text: string): number {
  const value = Number(text.replace(/[,_]/g, ''));
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`"${text}" is not a number`);
  return value;
}

export const answer: Command = {
  name: 'answer',
  summary: 'answer a numeric question',
  usage: 'mj answer <question-id> <value> [--json]',
  description:
    "Grades a numeric answer within the question's tolerance and prints the expected value and the worked explanation. Exit code 0 when correct, 1 when not.",
  flags: [['--json', 'print the grade as POST /api/v1/questions/{id}/answer returns it']],
  examples: ['mj answer lora-param-count 65536', 'mj answer lora-param-count 65,536 --lang zh'],
  options: { json: { type: 'boolean' } },
  async run(context, values, positionals) {
    const [id = '', raw = ''] = expectPositionals('answer', positionals, ['question-id', 'value']);
    const { json } = checkFlags('answer', JsonFlag, values);
    const grade = await context.backend().answer(id, parseNumber(raw));
    context.out(json ? toJson(grade) : formatGrade(grade, context.settings.locale, context.style));
    return grade.correct ? 0 : 1;
  },
};

export const review: Command = {
  name: 'review',
  summary: 'review the flashcards that are due',
  usage: 'mj review [<question-id> <again|hard|good|easy>] [--json]',
  description:
    'Without arguments, opens the flashcards in the terminal: space shows the answer, 1–4 rates it (again, hard, good, easy) and FSRS schedules the next review. With a question id and a rating, records that review. With --json, prints the cards that are due.',
  flags: [['--json', 'print { items, count } as GET /api/v1/reviews/due returns it, or the rated card']],
  examples: ['mj review', 'mj review dpo good', "mj review --json | jq -r '.items[].question.id'"],
  options: { json: { type: 'boolean' } },
  async run(context, values, positionals) {
    const [id, rating] = expectPositionals('review', positionals, [], ['question-id', 'rating']);
    const { json } = checkFlags('review', JsonFlag, values);
    const backend = context.backend();
    if (id !== undefined) {
      if (rating === undefined) throw new UsageError('missing <rating>: again, hard, good or easy (see mj review --help)');
      const parsed = ReviewRating.safeParse(rating);
      if (!parsed.success) throw new UsageError(`invalid rating "${rating}": use again, hard, good or easy`);
      const card = await backend.review(id, parsed.data);
      context.out(json ? toJson(card) : `${id}: ${parsed.data}; next review ${dueIn(card)} (${card.due})`);
      return 0;
    }
    if (json) {
      const items = await backend.dueReviews();
      context.out(toJson({ items, count: items.length }));
      return 0;
    }
    if (!context.interactive) throw new UsageError('mj review needs a terminal; use mj review --json, or mj review <question-id> <rating>');
    const { runApp } = await import('../ui/run-app.js');
    await runApp({ settings: context.settings, backend, start: { screen: 'review' } });
    return 0;
  },
};

export const progress: Command = {
  name: 'progress',
  summary: 'your progress: solved, acceptance, reviews, streak',
  usage: 'mj progress [--json]',
  description:
    'Prints problems solved by company and kind, the acceptance rate, flashcard reviews done and due, numeric answers, recent activity and the streak.',
  flags: [['--json', 'print the progress as GET /api/v1/me/progress returns it']],
  examples: ['mj progress', 'mj progress --json | jq .streak'],
  options: { json: { type: 'boolean' } },
  async run(context, values, positionals) {
    expectPositionals('progress', positionals, []);
    const { json } = checkFlags('progress', JsonFlag, values);
    const backend = context.backend();
    const result = await backend.progress();
    context.out(json ? toJson(result) : formatProgress(result, await backend.companies(), context.settings.locale, context.style));
    return 0;
  },
};
