import { z } from 'zod';
import { Localized, Slug } from './common.js';

/** One entry of a collection: a catalogue problem or question, by id. */
export const CollectionItem = z.object({
  type: z.enum(['problem', 'numeric', 'concept']),
  id: Slug,
  note: Localized.optional(),
});
export type CollectionItem = z.infer<typeof CollectionItem>;

/** A titled group of items inside a collection ("Boxes and detection"). */
export const CollectionSection = z.object({
  id: Slug,
  title: Localized,
  description: Localized.optional(),
  items: z.array(CollectionItem).min(1, 'a section has at least one item'),
});
export type CollectionSection = z.infer<typeof CollectionSection>;

/**
 * `collections/<id>.yaml`: an ordered, sectioned list of problems and
 * questions practised together, independent of any write-up (the CV/ML
 * hand-coding canon). A problem no write-up mentions reaches the catalogue
 * through its collection.
 */
export const Collection = z
  .object({
    id: Slug,
    title: Localized,
    description: Localized,
    sections: z.array(CollectionSection).min(1, 'a collection has at least one section'),
  })
  .meta({ id: 'Collection' });
export type Collection = z.infer<typeof Collection>;
