import { z } from 'zod';
import { LocalizedNames, PartialDate, PartyId, Slug, SourceRefs } from './common';

/** Where and how the organization was founded. Later names come from `rename` decisions. */
export const Founding = z.strictObject({
  date: PartialDate,
  place: z.string().min(1),
  party: PartyId.optional(),
  instrument: z.string().min(1).optional(),
  summit: Slug.optional(),
  sources: SourceRefs.optional(),
});
export type Founding = z.infer<typeof Founding>;

/** A seat of the organization's secretariat over a span of time. */
export const Seat = z.strictObject({
  city: z.string().min(1),
  party: PartyId,
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
});
export type Seat = z.infer<typeof Seat>;

/** The organization itself: its id, its names at founding, its founding and its seat. */
export const Organization = z.strictObject({
  id: Slug,
  /** Names at founding, per language. Renames are decisions of type `rename`. */
  names: LocalizedNames,
  founded: Founding,
  headquarters: z.array(Seat).optional(),
  website: z.url().optional(),
  description: z.string().optional(),
  /** The sources of the names and the description. */
  sources: SourceRefs.optional(),
});
export type Organization = z.infer<typeof Organization>;
