import { z } from 'zod';

/** A kebab-case identifier, as used for every content id (`sqrt-x`, `pdd-r1`). */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single dashes');
export type Slug = z.infer<typeof Slug>;

/** A JavaScript/Python identifier (function, class, parameter names). */
export const Identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid identifier');
export type Identifier = z.infer<typeof Identifier>;

/** The two interface and content languages. */
export const Locale = z.enum(['zh', 'en']);
export type Locale = z.infer<typeof Locale>;

/** Text given in both languages; neither may be empty. */
export const Localized = z.object({
  zh: z.string().trim().min(1, 'Chinese text is required'),
  en: z.string().trim().min(1, 'English text is required'),
});
export type Localized = z.infer<typeof Localized>;

/**
 * Text a person wrote, in whichever language they wrote it: `zh`, `en` or both,
 * at least one. A pack's `Localized` is a `UserText` too, so a display path
 * written for this type (`text[locale] ?? text.zh ?? text.en`, or `textIn`
 * from `@mianjing/core/labels`) serves both.
 */
export const UserText = z
  .object({
    zh: z.string().trim().min(1, 'text may not be empty').max(20_000).optional(),
    en: z.string().trim().min(1, 'text may not be empty').max(20_000).optional(),
  })
  .refine((text) => text.zh !== undefined || text.en !== undefined, 'give the text in Chinese or in English');
export type UserText = z.infer<typeof UserText>;

/**
 * A link a person gave (a write-up's source, a LeetCode page): `http:` or
 * `https:` only, so a `javascript:` or `data:` address is refused where it is
 * written rather than trusted by every client that shows it.
 */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).max(500);
export type WebUrl = z.infer<typeof WebUrl>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof Difficulty>;

export const Tag = Slug;
