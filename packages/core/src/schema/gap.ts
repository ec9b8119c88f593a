import { z } from 'zod';
import { PartialDate, PartyId, Slug, SourceRefs } from './common';

/**
 * A known unknown: a fact the sources do not establish. A gap that names an office and a span
 * explains the diagnostics it covers (they become `info` instead of warnings).
 */
export const Gap = z.strictObject({
  id: Slug,
  description: z.string().min(1),
  office: Slug.optional(),
  person: Slug.optional(),
  party: PartyId.optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  /** Ids of the summits or decisions the gap concerns. */
  concerns: z.array(Slug).optional(),
  sources: SourceRefs.optional(),
});
export type Gap = z.infer<typeof Gap>;

/** One version of a disputed fact and the sources that give it. */
export const Claim = z.strictObject({
  value: z.string().min(1),
  sources: SourceRefs,
});
export type Claim = z.infer<typeof Claim>;

/** Sources that disagree, what each says, and which version the record uses and why. */
export const Dispute = z.strictObject({
  id: Slug,
  about: z.string().min(1),
  claims: z.array(Claim).min(2),
  /** The value the record uses, if it uses one. */
  adopted: z.string().optional(),
  reasoning: z.string().optional(),
  /** Ids of the decisions or summits the dispute concerns. */
  concerns: z.array(Slug).optional(),
});
export type Dispute = z.infer<typeof Dispute>;
