import type { CollectionSummary, CollectionView, Locale, Progress } from '@mianjing/core';
import { markdownForTerminal } from './problems.js';
import { bar, plural } from './practice.js';
import { type Style, columns, createStyle } from './style.js';

const plain = createStyle(false);
const firstLine = (text: string) => markdownForTerminal(text, plain).split('\n')[0] ?? '';

/** What `mj collections` prints: each collection with its sections, and problems solved when signed in. */
export function formatCollectionList(collections: readonly CollectionSummary[], locale: Locale, style: Style, progress?: Progress): string {
  if (collections.length === 0) return 'no collections';
  return collections
    .map((collection) => {
      const solved = progress?.problems.byCollection[collection.id]?.solved;
      const counts = `${plural(collection.problems, 'problem')}, ${plural(collection.questions, 'question')}`;
      return [
        `${style.bold(collection.title[locale])}  (${collection.id})`,
        `  ${counts}${solved === undefined ? '' : ` · ${bar(solved, collection.problems)} ${solved}/${collection.problems} solved`}`,
        ...columns(collection.sections.map((s) => [`  ${s.id}`, s.title[locale], `${s.problems}p ${s.questions}q`])),
      ].join('\n');
    })
    .join('\n\n');
}

const MARK = { solved: '✓', attempted: '~', reviewed: '✓', correct: '✓', answered: '~' } as const;

/** What `mj collections <id>` prints: the sections in order, each with its progress and its items. */
export function formatCollection(view: CollectionView, locale: Locale, style: Style, progress?: Progress): string {
  const head = [`${style.bold(view.title[locale])}  (${view.id})`, markdownForTerminal(view.description[locale], style)].join('\n');
  const sections = view.sections.map((section) => {
    const done = view.progress?.find((p) => p.id === section.id);
    const summary = done
      ? `  ${bar(done.problems.solved + done.questions.done, done.problems.total + done.questions.total)} ${done.problems.solved}/${done.problems.total} solved${
          done.questions.total > 0 ? `, ${done.questions.done}/${done.questions.total} questions done` : ''
        }`
      : undefined;
    const rows = section.items.map((item) => {
      const status = item.type === 'problem' ? progress?.problemStatus[item.id] : progress?.questionStatus[item.id];
      return [status ? `  ${MARK[status]}` : '   ', item.type, item.id, firstLine(view.itemTitles[item.id]?.[locale] ?? '')];
    });
    return [`${style.bold(section.title[locale])}  (${section.id})`, ...(summary ? [summary] : []), ...columns(rows)].join('\n');
  });
  return [head, ...sections].join('\n\n');
}
