// A round of either kind of write-up as the mock interview plays it: the
// catalogue's rounds (/interviews) and the rounds of a user's write-up.
import type { OwnConceptItem, OwnProblemItem, RoundView } from '@mianjing/core';
import { itemTitle } from '../components/RoundCard.js';
import { loc, t } from '../lib/i18n.js';
import type { WriteupView } from './api.js';
import { type Catalogue, catalogueTitle } from './catalogue.js';
import { tw } from './messages.js';
import { companyText, userText } from './text.js';

export type MockStep =
  | { readonly type: 'problem' | 'numeric' | 'concept'; readonly id: string; readonly title: string }
  | { readonly type: 'talk'; readonly topic: string; readonly note: string; readonly title: string }
  | { readonly type: 'own-problem'; readonly item: OwnProblemItem; readonly writeupId: string; readonly title: string }
  | { readonly type: 'own-concept'; readonly item: OwnConceptItem; readonly writeupId: string; readonly title: string };

export interface MockRound {
  /** "ByteDance · Round 2", in the current language once company names have loaded. */
  readonly heading: () => string;
  readonly track: string;
  readonly steps: readonly MockStep[];
  /** Where "back" leads: the timeline or the write-up. */
  readonly back: { readonly href: string; readonly label: string };
}

/** A catalogue round from /interviews/{roundId}. */
export function fromCatalogueRound(round: RoundView, companyName: (id: string) => string): MockRound {
  return {
    heading: () => `${companyName(round.company)} · ${t().roundLabel[round.label] ?? round.label}`,
    track: loc(round.track),
    steps: round.items.map((item): MockStep => {
      const title = itemTitle(round, item);
      return item.type === 'talk'
        ? { type: 'talk', topic: item.topic, note: loc(item.note), title }
        : { type: item.type, id: item.id, title };
    }),
    back: { href: '/', label: t().timelineTitle },
  };
}

/** One round of a user's write-up; undefined when it has no such round. */
export function fromWriteupRound(
  view: WriteupView,
  roundId: string,
  companyName: (id: string) => string,
  catalogue: Catalogue | undefined,
): MockRound | undefined {
  const index = view.writeup.rounds.findIndex((r) => r.id === roundId);
  const round = view.writeup.rounds[index];
  if (!round) return undefined;
  const writeupId = view.writeup.id;
  const heading = () => {
    const company = companyText(round.company, companyName);
    const label = round.label ? (t().roundLabel[round.label] ?? round.label) : tw().roundN(index + 1);
    return company ? `${company} · ${label}` : label;
  };
  return {
    heading,
    track: round.track ? userText(round.track) : userText(view.writeup.title),
    steps: round.items.map((item): MockStep => {
      switch (item.type) {
        case 'talk':
          return { type: 'talk', topic: item.topic, note: userText(item.note), title: t().talkTopic[item.topic] ?? item.topic };
        case 'own-problem':
          return { type: 'own-problem', item, writeupId, title: userText(item.title) };
        case 'own-concept':
          return { type: 'own-concept', item, writeupId, title: userText(item.prompt) };
        default:
          return { type: item.type, id: item.id, title: catalogueTitle(catalogue, item.type, item.id) };
      }
    }),
    back: { href: `/writeups/${writeupId}`, label: tw().backToWriteup },
  };
}
