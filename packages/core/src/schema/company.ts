import { z } from 'zod';
import { Localized, Slug } from './common.js';

export const Company = z.object({
  id: Slug,
  name: Localized,
});
export type Company = z.infer<typeof Company>;

/**
 * A company on a user's write-up: the id of a company in `companies.yaml`, or
 * the plain name of one that is not there (`{ name: '小红书' }`).
 */
export const CompanyRef = z.union([Slug, z.object({ name: z.string().trim().min(1).max(100) })]);
export type CompanyRef = z.infer<typeof CompanyRef>;

/** How far an application got. */
export const ApplicationOutcome = z.enum(['no-reply', 'written-test', 'rejected', 'interview', 'offer']);
export type ApplicationOutcome = z.infer<typeof ApplicationOutcome>;

/**
 * An application, for a text type and a company reference: the pack's write-ups
 * use `Localized` and company ids, a user's write-up `UserText` and `CompanyRef`.
 */
export function applicationSchema<Text extends z.ZodType, Ref extends z.ZodType>(text: Text, company: Ref) {
  return z.object({
    company,
    track: text.optional(),
    outcome: ApplicationOutcome,
    note: text.optional(),
  });
}

export const Application = applicationSchema(Localized, Slug);
export type Application = z.infer<typeof Application>;
