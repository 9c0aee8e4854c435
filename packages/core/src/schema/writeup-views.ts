import { z } from 'zod';
import { Locale, Slug, UserText } from './common.js';
import { CardKey, OwnCardKey, ProblemStatus, QuestionStatus, ReviewCard } from './practice.js';
import { OwnConceptItem, UserWriteup, Visibility } from './user-writeup.js';
import { DueCard } from './views.js';

/**
 * A write-up in a list: a user's, with its author's name, or one bundled with
 * the content pack (`curated`, no author). `companies` are normalised keys: a
 * catalogue company id, or `name:` and the lower-cased name of one that is not
 * in the catalogue.
 */
export const WriteupSummary = z
  .object({
    id: z.string(),
    title: UserText,
    curated: z.boolean(),
    authorName: z.string().nullable(),
    visibility: Visibility,
    /** Hidden by an operator: only its owner still sees it, marked so. */
    hidden: z.boolean(),
    language: Locale,
    companies: z.array(z.string()),
    rounds: z.number().int(),
    items: z.number().int(),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'WriteupSummary' });
export type WriteupSummary = z.infer<typeof WriteupSummary>;

/**
 * Where the signed-in reader stands on each item of a write-up: catalogue
 * problems by their problem status, catalogue questions by whether they were
 * reviewed or answered, and the author's own items by when this reader marked
 * them practised (absent: not practised).
 */
export const WriteupPracticeState = z
  .object({
    problems: z.record(z.string(), ProblemStatus),
    questions: z.record(z.string(), z.union([QuestionStatus, z.literal('new')])),
    practised: z.record(z.string(), z.string()),
    /**
     * The author's own concept items whose flashcard is in the reader's review
     * deck (the author's own, or added with "practise this write-up"), by item
     * id, with the card's schedule. Absent items are not in the deck.
     */
    cards: z.record(z.string(), ReviewCard.pick({ phase: true, due: true, reps: true })).optional(),
  })
  .meta({ id: 'WriteupPracticeState' });
export type WriteupPracticeState = z.infer<typeof WriteupPracticeState>;

/** One write-up as a reader gets it: the document, who wrote it and, signed in, their practice state. */
export const WriteupView = z
  .object({
    writeup: UserWriteup,
    curated: z.boolean(),
    authorName: z.string().nullable(),
    hidden: z.boolean(),
    /** The reader wrote it (may edit and delete it). */
    mine: z.boolean(),
    companies: z.array(z.string()),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    practice: WriteupPracticeState.nullable(),
  })
  .meta({ id: 'WriteupView' });
export type WriteupView = z.infer<typeof WriteupView>;

/** The write-up an own card comes from, as a review shows it. */
export const OwnCardWriteup = z
  .object({
    id: z.string(),
    title: UserText,
    authorName: z.string(),
    /** The language the author wrote in. */
    language: Locale,
    /** The reader is its author. */
    mine: z.boolean(),
  })
  .meta({ id: 'OwnCardWriteup' });
export type OwnCardWriteup = z.infer<typeof OwnCardWriteup>;

/**
 * What a flashcard made from an author's own concept item shows: the prompt on
 * the front; the author's answer, key points and what they said on the back;
 * and the write-up it comes from. It is not in the catalogue, so it travels
 * with the card.
 */
export const OwnCardContent = z.object({ writeup: OwnCardWriteup, item: OwnConceptItem }).meta({ id: 'OwnCardContent' });
export type OwnCardContent = z.infer<typeof OwnCardContent>;

/** A catalogue flashcard due for review; `key` is what `POST /reviews` takes as `questionId`. */
export const DueCatalogueCard = DueCard.extend({ source: z.literal('catalogue'), key: Slug }).meta({ id: 'DueCatalogueCard' });
export type DueCatalogueCard = z.infer<typeof DueCatalogueCard>;

/** An own card due for review; `key` (`writeup:<writeupId>:<itemId>`) is what `POST /reviews` takes as `questionId`. */
export const DueOwnCard = OwnCardContent.extend({ source: z.literal('writeup'), key: OwnCardKey, card: ReviewCard }).meta({
  id: 'DueOwnCard',
});
export type DueOwnCard = z.infer<typeof DueOwnCard>;

/** One card of the review session: a catalogue concept question or an author's own concept item. */
export const DueReview = z.discriminatedUnion('source', [DueCatalogueCard, DueOwnCard]).meta({ id: 'DueReview' });
export type DueReview = z.infer<typeof DueReview>;

/** A card in a person's deck with its schedule; an own card carries what it shows. */
export const DeckCard = ReviewCard.extend({ own: OwnCardContent.optional() }).meta({ id: 'DeckCard' });
export type DeckCard = z.infer<typeof DeckCard>;

/**
 * What "practise this write-up" did to the caller's deck: cards added (its
 * own concept items, and catalogue concept questions not yet in the deck) or
 * removed (its own cards), and the write-up's cards the deck holds now.
 */
export const WriteupDeck = z
  .object({
    writeupId: z.string(),
    added: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
    /** This write-up's cards in your deck now: the own cards you hold, then its catalogue concept questions (in every deck). */
    cards: z.array(CardKey),
  })
  .meta({ id: 'WriteupDeck' });
export type WriteupDeck = z.infer<typeof WriteupDeck>;
