import { z } from 'zod';
import { LanguageTag, Slug } from './common';
import { Rule } from './rule';

/**
 * An office of the organization: who holds it (a party, like a chair, or a person, like a
 * Secretary-General) and the rule versions that govern it.
 */
export const Office = z.strictObject({
  /** Conventional ids: `chair`, `secretary-general`. */
  id: Slug,
  names: z.record(LanguageTag, z.string().min(1)),
  heldBy: z.enum(['party', 'person']),
  rules: z.array(Rule),
  note: z.string().optional(),
});
export type Office = z.infer<typeof Office>;
