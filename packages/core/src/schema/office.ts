import { z } from 'zod';
import { LanguageTag, PartialDate, PartyId, PlainDate, Slug, SourceRefs } from './common';
import { Rule } from './rule';

/**
 * A named group of consecutive holders of an office: an EU presidency "trio" that shares an
 * 18-month programme. The group's parties are the holders of the periods that begin in
 * `[from, to)`, in order (checked by validation).
 */
export const HolderGroup = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  /** What the organization calls such a group ("trio"). */
  kind: z.string().min(1).optional(),
  parties: z.array(PartyId).min(2),
  from: PartialDate,
  to: PartialDate.optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
});
export type HolderGroup = z.infer<typeof HolderGroup>;

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
  /** Groups of consecutive holders (trios), where the organization forms them. */
  groups: z.array(HolderGroup).optional(),
  /**
   * The knowledge horizon of this office where it differs from the record's `horizon`: the day
   * through which the record has every event of this office that its sources report.
   */
  horizon: PlainDate.optional().meta({
    description: "The day through which the record has every event of this office that its sources report, where it differs from the record's horizon.",
  }),
  note: z.string().optional(),
});
export type Office = z.infer<typeof Office>;
