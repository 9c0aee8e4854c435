import type { Company, Locale, NumericGrade, Progress, ReviewCard, RoundView } from '@mianjing/core';
import { markdownForTerminal } from './problems.js';
import { type Style, columns, createStyle } from './style.js';

const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);

/** `1 review`, `3 reviews`. */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A bar of `width` cells, filled in proportion. */
export const bar = (part: number, whole: number, width = 12) => {
  const filled = whole === 0 ? 0 : Math.round((part / whole) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
};

/** What `mj progress` prints. */
export function formatProgress(progress: Progress, companies: readonly Company[], locale: Locale, style: Style): string {
  const { problems, submissions, reviews, numeric } = progress;
  const name = (id: string) => companies.find((c) => c.id === id)?.name[locale] ?? id;
  const breakdown = (counts: Progress['problems']['byCompany'], label: (key: string) => string) =>
    columns(
      Object.entries(counts).map(([key, c]) => [
        `  ${label(key)}`,
        bar(c.solved, c.total),
        `${c.solved}/${c.total} solved`,
        `${c.attempted} tried`,
      ]),
    );
  const recent = progress.activity.slice(-7);
  return [
    columns([
      ['Problems', `${problems.solved}/${problems.total} solved, ${problems.attempted} attempted`],
      ['Submissions', `${submissions.total}, ${submissions.accepted} accepted (${percent(submissions.accepted, submissions.total)})`],
      ['Flashcards', `${plural(reviews.done, 'review')} done, ${reviews.due} due now, ${plural(reviews.cards, 'card')} started`],
      ['Numeric', `${numeric.correct}/${numeric.answered} answered correctly`],
      ['Streak', plural(progress.streak, 'day')],
    ]).join('\n'),
    `${style.bold('By company')}\n${breakdown(problems.byCompany, name).join('\n')}`,
    `${style.bold('By kind')}\n${breakdown(problems.byKind, (k) => k).join('\n')}`,
    recent.length === 0
      ? 'No activity yet.'
      : `${style.bold('Recent days')}\n${columns(recent.map((d) => [`  ${d.date}`, plural(d.submissions, 'submission'), `${d.solved} accepted`, plural(d.reviews, 'review'), plural(d.answers, 'answer')])).join('\n')}`,
  ].join('\n\n');
}

const pad2 = (n: number) => String(n).padStart(2, '0');
export const roundDate = (round: RoundView) =>
  `${round.date.year ? `${round.date.year}-` : ''}${pad2(round.date.month)}-${pad2(round.date.day)}`;

/** One round's heading: date, company, label, track and outcome. */
export const roundTitle = (round: RoundView, companies: readonly Company[], locale: Locale) =>
  `${roundDate(round)}  ${companies.find((c) => c.id === round.company)?.name[locale] ?? round.company} · ${round.label} · ${round.track[locale]} · ${round.outcome}`;

/** One item of a round as a line: its type, id and title, or the talk topic and note. */
export function itemLine(item: RoundView['items'][number], round: RoundView, locale: Locale): string {
  if (item.type === 'talk') return `${item.topic}: ${markdownForTerminal(item.note[locale], plain)}`;
  const title = round.itemTitles[item.id]?.[locale] ?? '';
  return `${item.type} ${item.id}: ${markdownForTerminal(title, plain).split('\n')[0]}`;
}

const plain = createStyle(false);

/** What `mj interviews` prints: each round with its items in order. */
export function formatInterviews(rounds: readonly RoundView[], companies: readonly Company[], locale: Locale, style: Style): string {
  if (rounds.length === 0) return 'no rounds match';
  return rounds
    .map((round) =>
      [
        `${style.bold(roundTitle(round, companies, locale))}  (${round.id})`,
        ...round.items.map((item, i) => `  ${i + 1}. ${itemLine(item, round, locale)}`),
      ].join('\n'),
    )
    .join('\n\n');
}

/** What `mj answer` prints. */
export function formatGrade(grade: NumericGrade, locale: Locale, style: Style): string {
  const unit = grade.unit[locale];
  const head = grade.correct
    ? style.green(`Correct: ${grade.given} ${unit}`)
    : style.red(`Not quite: you said ${grade.given}, the answer is ${grade.expected} ${unit}`);
  return `${style.bold(head)}\n\n${markdownForTerminal(grade.explanation[locale], style)}`;
}

/** When a card is due next, relative to now: `in 10 minutes`, `in 3 days`. */
export function dueIn(card: ReviewCard, now = new Date()): string {
  const minutes = Math.round((new Date(card.due).getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${plural(minutes, 'minute')}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${plural(hours, 'hour')}`;
  return `in ${plural(Math.round(hours / 24), 'day')}`;
}
