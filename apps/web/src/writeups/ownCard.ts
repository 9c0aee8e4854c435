// An author's own question as the Flashcard component shows a catalogue one,
// so own cards are revealed and rated (POST /reviews with the card's key) the same way.
import type { PublicQuestion } from '@mianjing/core';
import { textIn } from '@mianjing/core/labels';
import type { paths } from '@mianjing/api/client';
import { tw } from './messages.js';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type DueReview = Json<paths['/reviews/due']['get']['responses'][200]>['items'][number];
export type DueOwnCard = Extract<DueReview, { source: 'writeup' }>;
export type OwnCardContent = Pick<DueOwnCard, 'writeup' | 'item'>;
type Concept = Extract<PublicQuestion, { kind: 'concept' }>;
type Text = { zh?: string; en?: string };

const both = (text: Text | undefined, fallback = '') => ({
  zh: text ? textIn(text, 'zh') : fallback,
  en: text ? textIn(text, 'en') : fallback,
});

/**
 * The card as a concept question keyed by its own-card key: the author's
 * prompt, their answer (and what they said in the interview) on the back, their key points.
 */
export function ownCardQuestion(key: string, own: OwnCardContent): Concept {
  const { item } = own;
  const answer = (language: 'zh' | 'en') => {
    const written = item.answer ? textIn(item.answer, language) : tw().noAnswer;
    const said = item.said ? `\n\n**${language === 'zh' ? '我当时的回答' : 'What I said'}:** ${textIn(item.said, language)}` : '';
    return `${written}${said}`;
  };
  return {
    kind: 'concept',
    id: key,
    tags: [],
    prompt: both(item.prompt),
    answer: { zh: answer('zh'), en: answer('en') },
    keyPoints: item.keyPoints.map((p) => both(p)),
    rounds: [],
    companies: [],
    collections: [],
  };
}
