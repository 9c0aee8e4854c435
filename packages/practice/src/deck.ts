import { type OwnCardContent, type ReviewCard, type UserWriteup, ownCardKey, parseOwnCardKey } from '@mianjing/core';
import { newCard } from './reviews.js';
import type { PracticeStore, StoredWriteup } from './store.js';

/** Whether a reader may see a stored write-up: its owner always; others only a shown, non-private one. */
export const canReadWriteup = (stored: StoredWriteup, viewerId: string | undefined): boolean =>
  stored.ownerId === viewerId || (!stored.hidden && stored.writeup.visibility !== 'private');

/** The keys of a write-up's own concept items' cards, in the write-up's order. */
export function ownCardKeys(writeup: UserWriteup): string[] {
  return writeup.rounds.flatMap((r) => r.items.flatMap((item) => (item.type === 'own-concept' ? [ownCardKey(writeup.id, item.id)] : [])));
}

/** Never-reviewed cards, due now, for the given keys. */
export const newCards = (keys: readonly string[], now: Date): ReviewCard[] => keys.map((key) => newCard(key, now));

/**
 * What each own card of a person's deck shows, for the cards they may still
 * see: the write-up is theirs, or shown and not private, and still has the
 * item. A card whose write-up went private or hidden is simply absent (and
 * served again if it comes back).
 *
 * @example const shown = await ownCardContents(store, userId, await store.cards(userId));
 * shown.get('writeup:3f0c…:why-bn')?.item.prompt
 */
export async function ownCardContents(
  store: PracticeStore,
  userId: string,
  cards: readonly ReviewCard[],
): Promise<Map<string, OwnCardContent>> {
  const byWriteup = new Map<string, string[]>();
  for (const card of cards) {
    const own = parseOwnCardKey(card.questionId);
    if (own) byWriteup.set(own.writeupId, [...(byWriteup.get(own.writeupId) ?? []), own.itemId]);
  }
  const contents = new Map<string, OwnCardContent>();
  const stored = await Promise.all([...byWriteup.keys()].map((id) => store.writeup(id)));
  for (const writeup of stored) {
    if (!writeup || !canReadWriteup(writeup, userId)) continue;
    const source = {
      id: writeup.writeup.id,
      title: writeup.writeup.title,
      authorName: writeup.ownerName,
      language: writeup.writeup.source.language,
      mine: writeup.ownerId === userId,
    };
    for (const item of writeup.writeup.rounds.flatMap((r) => r.items)) {
      if (item.type === 'own-concept' && byWriteup.get(source.id)?.includes(item.id)) {
        contents.set(ownCardKey(source.id, item.id), { writeup: source, item });
      }
    }
  }
  return contents;
}

/** Cards a person may be served: every catalogue card, and the own cards `ownCardContents` found. */
export const servedCards = (cards: readonly ReviewCard[], contents: ReadonlyMap<string, OwnCardContent>): ReviewCard[] =>
  cards.filter((card) => !parseOwnCardKey(card.questionId) || contents.has(card.questionId));
