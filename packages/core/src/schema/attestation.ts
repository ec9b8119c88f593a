import { z } from 'zod';
import { PartyId, PlainDate, Slug, SourceRefs } from './common';

/**
 * A source shows a holder in office on a day: "the Secretary-General received the minister in
 * Ankara on 10 March 2026". Not a decision: it changes no period, but it dates the last
 * confirmation of a period whose end is unknown, after which the holder is only presumed.
 */
export const Attestation = z
  .strictObject({
    office: Slug,
    /** The holder of a person-held office. */
    person: Slug.optional(),
    /** The holder of a party-held office (a chair). */
    party: PartyId.optional(),
    /** The day the sources show the holder in office (not the day they were published). */
    date: PlainDate,
    sources: SourceRefs.min(1),
    note: z.string().optional(),
  })
  .meta({
    description:
      'A source shows a holder in office on a day. It changes no period; it dates the last confirmation of a period whose end is unknown (an extension of unknown length, a holdover), after which the answer is presumed.',
  });
export type Attestation = z.infer<typeof Attestation>;
