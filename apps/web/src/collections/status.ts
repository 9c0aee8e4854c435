import type { CollectionItem, Progress } from '@mianjing/core';

/** How far a person is with one item: done (solved, reviewed, answered correctly), attempted, or new. */
export type ItemStatus = 'done' | 'attempted' | 'new';

/** What the status word of an item is keyed by: a problem's status, or a question's. */
export type StatusKey = 'solved' | 'attempted' | 'new' | 'reviewed' | 'answered' | 'correct';

/**
 * An item's status from `GET /me/progress`: problems by `problemStatus`,
 * questions by `questionStatus` (a flashcard reviewed or a numeric question
 * answered correctly is done; answered but not yet correct is attempted).
 *
 * @example itemStatus({ type: 'problem', id: 'softmax' }, progress) // { status: 'done', key: 'solved' }
 */
export function itemStatus(
  item: Pick<CollectionItem, 'type' | 'id'>,
  progress: Pick<Progress, 'problemStatus' | 'questionStatus'> | undefined,
): { readonly status: ItemStatus; readonly key: StatusKey } {
  if (item.type === 'problem') {
    const key = progress?.problemStatus[item.id] ?? 'new';
    return { status: key === 'solved' ? 'done' : key, key };
  }
  const key = progress?.questionStatus[item.id] ?? 'new';
  return { status: key === 'answered' ? 'attempted' : key === 'new' ? 'new' : 'done', key };
}

/** Where an item leads: a problem to its page, a question to its own. */
export const itemHref = (item: Pick<CollectionItem, 'type' | 'id'>): string =>
  item.type === 'problem' ? `/problems/${item.id}` : `/questions/${item.id}`;
