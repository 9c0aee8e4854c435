import { z } from 'zod';
import { Locale, Slug, UserText, WebUrl } from './common.js';
import { CompanyRef } from './company.js';
import { RoundDate, RoundLabel, RoundOutcome, writeupParts } from './interview.js';

/**
 * Who may read a user's write-up: only its author (the default), anyone with
 * its link, or everyone (it is listed).
 */
export const Visibility = z.enum(['private', 'unlisted', 'public']);
export type Visibility = z.infer<typeof Visibility>;

const user = writeupParts(UserText, CompanyRef);

/**
 * The key of an item the author wrote themself, unique within the write-up
 * (`r2-3`). Whatever a person does with the item is stored against it: marked
 * practised, or reviewed as a flashcard. Those states belong to the person
 * practising, not to the write-up, so they are not fields here.
 */
export const OwnItemId = Slug;

/**
 * A coding question that is not in the catalogue: its title, the LeetCode
 * number or link when the author gave one, and what they noted. It is not
 * judged; a person can mark it practised.
 */
export const OwnProblemItem = z.object({
  type: z.literal('own-problem'),
  id: OwnItemId,
  title: UserText,
  /** LeetCode's number or book id as written: `206`, `LCR 013`, `面试题 01.07`. */
  leetcode: z.string().trim().min(1).max(40).optional(),
  url: WebUrl.optional(),
  note: UserText.optional(),
});
export type OwnProblemItem = z.infer<typeof OwnProblemItem>;

/**
 * A concept question that is not in the catalogue. It becomes a flashcard:
 * the prompt on the front, the author's answer and key points on the back. In
 * a draft the answer is usually missing, for the author to fill in.
 */
export const OwnConceptItem = z.object({
  type: z.literal('own-concept'),
  id: OwnItemId,
  prompt: UserText,
  answer: UserText.optional(),
  keyPoints: z.array(UserText).max(12).default([]),
  /** What the author answered in the interview. */
  said: UserText.optional(),
  note: UserText.optional(),
});
export type OwnConceptItem = z.infer<typeof OwnConceptItem>;

/** One step of a user's round: a catalogue item, a talk, or one of the author's own. */
export const UserRoundItem = z.discriminatedUnion('type', [
  user.items.problem,
  user.items.numeric,
  user.items.concept,
  user.items.talk,
  OwnProblemItem,
  OwnConceptItem,
]);
export type UserRoundItem = z.infer<typeof UserRoundItem>;
export type UserRoundItemType = UserRoundItem['type'];

/**
 * A round of a user's write-up: the pack's round, where what the author may
 * not know (company, track, date, label) is optional, the items may be none
 * yet, and `notes` keeps what they wrote that is not an item.
 */
export const UserRound = z.object({
  ...user.round,
  company: CompanyRef.optional(),
  track: UserText.optional(),
  date: RoundDate.optional(),
  label: RoundLabel.optional(),
  outcome: RoundOutcome.default('unknown'),
  items: z.array(UserRoundItem),
  notes: z.array(UserText).default([]),
});
export type UserRound = z.infer<typeof UserRound>;

export const UserApplication = user.application;
export type UserApplication = z.infer<typeof UserApplication>;

function checkUniqueIds(rounds: readonly UserRound[], context: z.RefinementCtx) {
  const roundIds = new Set<string>();
  const itemIds = new Set<string>();
  rounds.forEach((round, r) => {
    if (roundIds.has(round.id)) context.addIssue({ code: 'custom', message: `round id ${round.id} is used twice`, path: [r, 'id'] });
    roundIds.add(round.id);
    round.items.forEach((item, i) => {
      if (item.type !== 'own-problem' && item.type !== 'own-concept') return;
      if (itemIds.has(item.id))
        context.addIssue({ code: 'custom', message: `item id ${item.id} is used twice`, path: [r, 'items', i, 'id'] });
      itemIds.add(item.id);
    });
  });
}

/**
 * A user's write-up as its author edits it: what the draft parser produces and
 * what is saved. The same parts as the pack's `Writeup`, with text in the
 * author's language, companies by id or name, and a visibility.
 */
export const UserWriteupInput = z.object({
  title: user.text,
  source: z.object({
    site: z.string().trim().min(1).max(100).optional(),
    url: WebUrl.optional(),
    /** The language the author wrote in. */
    language: Locale,
  }),
  background: user.text.optional(),
  applications: z.array(UserApplication).default([]),
  rounds: z.array(UserRound).superRefine(checkUniqueIds),
  visibility: Visibility.default('private'),
});
export type UserWriteupInput = z.infer<typeof UserWriteupInput>;

/** A saved user write-up: the input plus the id the server gave it. */
export const UserWriteup = UserWriteupInput.extend({ id: z.string().min(1).max(64) });
export type UserWriteup = z.infer<typeof UserWriteup>;
