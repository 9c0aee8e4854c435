import { z } from 'zod';
import { Localized, Slug } from './common.js';

export const Company = z.object({
  id: Slug,
  name: Localized,
});
export type Company = z.infer<typeof Company>;

/** How far an application got. */
export const ApplicationOutcome = z.enum(['no-reply', 'written-test', 'rejected', 'interview', 'offer']);
export type ApplicationOutcome = z.infer<typeof ApplicationOutcome>;

export const Application = z.object({
  company: Slug,
  track: Localized.optional(),
  outcome: ApplicationOutcome,
  note: Localized.optional(),
});
export type Application = z.infer<typeof Application>;
