// An author's own question as the Flashcard component shows a catalogue one,
// so own cards are revealed and rated (POST /reviews with the card's key) the same way.
import type { PublicQuestion } from '@mianjing/core';
import { ownCardFace } from '@mianjing/core/labels';
import type { DueReview } from './api.js';

export type { DueReview };
export type DueOwnCard = Extract<DueReview, { source: 'writeup' }>;
export type OwnCardContent = Pick<DueOwnCard, 'writeup' | 'item'>;
type Concept = Extract<PublicQuestion, { kind: 'concept' }>;

/**
 * The card as a concept question keyed by its own-card key (`ownCardFace` in
 * core, shared with the terminal app), with the fields a catalogue question
 * also has left empty.
 */
export function ownCardQuestion(key: string, own: OwnCardContent): Concept {
  return { ...ownCardFace(key, own.item), tags: [], rounds: [], companies: [], collections: [] };
}
