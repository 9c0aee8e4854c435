import {
  type Company,
  type CompanyRef,
  type Locale,
  textIn,
  type UserRound,
  type UserRoundItem,
  type UserText,
  type UserWriteupInput,
  type WriteupSummary,
  type WriteupView,
} from '@mianjing/core';
import type { DraftReport, WriteupDraft } from '@mianjing/writeups';
import { plural } from './practice.js';
import { safeText } from './safe-text.js';
import { type Style, columns } from './style.js';

/** Titles of catalogue problems and questions by id, to show beside an item's id. */
export type ItemTitles = ReadonlyMap<string, UserText>;

/** Everything written by a person goes through here before it is printed. */
const line = (text: string | undefined) => safeText(text ?? '', { singleLine: true });
const lines = (text: string | undefined) => safeText(text ?? '');
/** Continuation lines of a multi-line text, indented under its first line. */
const indented = (text: string, indent: string) => lines(text).split('\n').join(`\n${indent}`);

const pad2 = (n: number) => String(n).padStart(2, '0');

const companyName = (ref: CompanyRef | undefined, companies: readonly Company[], locale: Locale) => {
  if (ref === undefined) return undefined;
  if (typeof ref === 'string') return line(companies.find((c) => c.id === ref)?.name[locale] ?? ref);
  return line(ref.name);
};

/** `2024-08-05 字节跳动 · 1st · 推荐 · passed`, leaving out what the author did not give. */
export function userRoundTitle(round: UserRound, companies: readonly Company[], locale: Locale): string {
  const date = round.date ? `${round.date.year ? `${round.date.year}-` : ''}${pad2(round.date.month)}-${pad2(round.date.day)}` : undefined;
  const parts = [
    companyName(round.company, companies, locale),
    round.label,
    round.track && line(textIn(round.track, locale)),
    round.outcome,
  ].filter((p): p is string => Boolean(p));
  return [date, parts.join(' · ')].filter(Boolean).join('  ');
}

/** One item as a line, as `mj interviews` prints a round's items: type, id or key, and title, prompt or talk note. */
export function userItemLine(item: UserRoundItem, titles: ItemTitles, locale: Locale): string {
  switch (item.type) {
    case 'talk':
      return `talk ${item.topic}: ${line(textIn(item.note, locale))}`;
    case 'own-problem': {
      const source = [item.leetcode && `LeetCode ${line(item.leetcode)}`, item.url && line(item.url)].filter(Boolean).join(', ');
      return `own-problem ${line(item.id)}: ${line(textIn(item.title, locale))}${source ? ` (${source})` : ''}`;
    }
    case 'own-concept':
      return `own-concept ${line(item.id)}: ${line(textIn(item.prompt, locale))}`;
    default: {
      const title = titles.get(item.id);
      return `${item.type} ${line(item.id)}${title ? `: ${line(textIn(title, locale).split('\n')[0])}` : ''}`;
    }
  }
}

/** What the author wrote about an item beyond its line: the note, and for their own concept questions the answer. */
function itemDetails(item: UserRoundItem, locale: Locale): [string, string][] {
  const details: [string, string][] = [];
  const add = (label: string, text: UserText | undefined) => {
    if (text) details.push([label, textIn(text, locale)]);
  };
  if (item.type === 'own-concept') {
    add('answer', item.answer);
    for (const point of item.keyPoints) add('key point', point);
    add('said', item.said);
  }
  if (item.type !== 'talk') add('note', item.note);
  return details;
}

/** ✓ solved, reviewed or practised; ~ attempted; nothing when new or signed out. */
function itemMark(item: UserRoundItem, practice: WriteupView['practice']): string {
  if (!practice) return '';
  if (item.type === 'problem') return { solved: ' ✓', attempted: ' ~', new: '' }[practice.problems[item.id] ?? 'new'] ?? '';
  if (item.type === 'numeric' || item.type === 'concept') return (practice.questions[item.id] ?? 'new') === 'new' ? '' : ' ✓';
  if (item.type === 'own-problem' || item.type === 'own-concept') return practice.practised[item.id] ? ' ✓' : '';
  return '';
}

function formatRound(
  round: UserRound,
  view: WriteupView | undefined,
  titles: ItemTitles,
  companies: readonly Company[],
  locale: Locale,
  style: Style,
) {
  const out = [`${style.bold(userRoundTitle(round, companies, locale))}  (${line(round.id)})`];
  if (round.summary) out.push(`  ${indented(textIn(round.summary, locale), '  ')}`);
  if (round.items.length === 0) out.push(style.dim('  (no items yet)'));
  round.items.forEach((item, i) => {
    const number = `  ${i + 1}. `;
    out.push(`${number}${userItemLine(item, titles, locale)}${itemMark(item, view?.practice ?? null)}`);
    const indent = ' '.repeat(number.length + 2);
    for (const [label, text] of itemDetails(item, locale)) out.push(`${indent}${style.dim(`${label}:`)} ${indented(text, indent)}`);
  });
  for (const note of round.notes) out.push(`  ${style.dim('note:')} ${indented(textIn(note, locale), '        ')}`);
  return out.join('\n');
}

const countItems = (writeup: UserWriteupInput) => writeup.rounds.reduce((n, r) => n + r.items.length, 0);

/** What `mj writeup show` prints: the header, background, applications, then each round with its items in order. */
export function formatWriteup(view: WriteupView, titles: ItemTitles, companies: readonly Company[], locale: Locale, style: Style): string {
  const { writeup } = view;
  const who = view.curated ? 'curated' : view.authorName ? `by ${line(view.authorName)}` : undefined;
  const facts = [
    `id ${line(writeup.id)}`,
    writeup.visibility + (view.hidden ? ' (hidden by an operator)' : ''),
    writeup.source.language,
    who,
    `${plural(writeup.rounds.length, 'round')}, ${plural(countItems(writeup), 'item')}`,
  ].filter(Boolean);
  const source = [writeup.source.site, writeup.source.url].filter(Boolean).map(line).join(' ');
  const head = [style.bold(line(textIn(writeup.title, locale))), style.dim(facts.join(' · '))];
  if (source) head.push(style.dim(`source: ${source}`));
  const parts = [head.join('\n')];
  if (writeup.background) parts.push(lines(textIn(writeup.background, locale)));
  if (writeup.applications.length > 0) {
    // Company names may be wide characters: they go in the last column, which is never padded.
    const rows = writeup.applications.map((a) => [
      `  ${a.outcome}`,
      [companyName(a.company, companies, locale), a.track && line(textIn(a.track, locale)), a.note && line(textIn(a.note, locale))]
        .filter(Boolean)
        .join(' · '),
    ]);
    parts.push(`${style.bold('Applications')}\n${columns(rows).join('\n')}`);
  }
  for (const round of writeup.rounds) parts.push(formatRound(round, view, titles, companies, locale, style));
  return parts.join('\n\n');
}

/** What `mj writeup list` prints: a line per write-up. */
export function formatWriteupList(items: readonly WriteupSummary[], companies: readonly Company[], locale: Locale): string {
  if (items.length === 0) return 'no write-ups';
  const companyLabel = (key: string) =>
    key.startsWith('name:') ? line(key.slice(5)) : (companies.find((c) => c.id === key)?.name[locale] ?? line(key));
  return columns(
    items.map((w) => [
      line(w.id),
      w.curated ? 'curated' : w.visibility + (w.hidden ? ' hidden' : ''),
      w.language,
      `${plural(w.rounds, 'round')}, ${plural(w.items, 'item')}`,
      `${line(textIn(w.title, locale))}${w.companies.length > 0 ? ` (${w.companies.map(companyLabel).join(', ')})` : ''}`,
    ]),
  ).join('\n');
}

const lineRange = (numbers: readonly number[]) => {
  if (numbers.length === 0) return 'no line';
  const first = numbers[0] as number;
  const last = numbers[numbers.length - 1] as number;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
};

function roundReportLine(report: DraftReport['rounds'][number]): string {
  const fields = (['company', 'label', 'date', 'outcome', 'track'] as const).flatMap((key) => {
    const field = report[key];
    return field ? [`${key} ${field.confidence}`] : [];
  });
  return `${lineRange(report.lines)}, ${report.confidence}${fields.length > 0 ? `; ${fields.join(', ')}` : ''}`;
}

/**
 * What `mj writeup new --from-text` prints: what the parser recognised, from
 * which lines and how sure it is of each — the rounds and their items in
 * order, with the rule that matched and a tally of sure, likely and guessed.
 */
export function formatDraft(draft: WriteupDraft, titles: ItemTitles, companies: readonly Company[], locale: Locale, style: Style): string {
  const { writeup, report } = draft;
  const tally = { sure: 0, likely: 0, guess: 0 };
  const parts = [
    [
      `${style.bold(line(textIn(writeup.title, locale)))}  (${report.title.lines.length > 0 ? `${lineRange(report.title.lines)}, ${report.title.confidence}` : 'made up: no title line'})`,
      style.dim(
        `${report.stats.lines} lines · written in ${report.language.value} (${report.language.confidence}) · ${plural(writeup.rounds.length, 'round')}, ${plural(countItems(writeup), 'item')}`,
      ),
      ...(writeup.background ? [`${style.dim('background:')} ${lineRange(report.background.lines)}`] : []),
      ...writeup.applications.map(
        (a, i) =>
          `${style.dim('application:')} ${companyName(a.company, companies, locale)} ${a.outcome} (${report.applications[i]?.confidence ?? 'guess'})`,
      ),
    ].join('\n'),
  ];
  writeup.rounds.forEach((round, r) => {
    const roundReport = report.rounds[r];
    const out = [
      `${style.bold(userRoundTitle(round, companies, locale))}  (${line(round.id)}: ${roundReport ? roundReportLine(roundReport) : '?'})`,
    ];
    round.items.forEach((item, i) => {
      const itemReport = roundReport?.items[i];
      if (itemReport) tally[itemReport.confidence]++;
      const how = itemReport
        ? `${itemReport.confidence}, ${itemReport.recognised}${itemReport.score === undefined ? '' : ` ${itemReport.score.toFixed(2)}`}, ${lineRange(itemReport.lines)}`
        : '';
      out.push(`  ${i + 1}. ${userItemLine(item, titles, locale)}  ${style.dim(`[${how}]`)}`);
    });
    if (round.notes.length > 0) out.push(style.dim(`  ${plural(round.notes.length, 'note')} kept as written`));
    parts.push(out.join('\n'));
  });
  parts.push(`Items: ${tally.sure} sure, ${tally.likely} likely, ${tally.guess} guessed — check the likely and guessed ones.`);
  return parts.join('\n\n');
}
