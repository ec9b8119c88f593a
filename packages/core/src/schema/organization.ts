import { z } from 'zod';
import { LanguageTag, LocalizedNames, PartialDate, PartyId, Slug, SourceRefs } from './common';

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
  /** `headquarters` (the default) or a `representation` office elsewhere. */
  kind: z.enum(['headquarters', 'representation']).optional(),
  city: z.string().min(1),
  party: PartyId,
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
});
export type Seat = z.infer<typeof Seat>;

/** Another organization this one is affiliated with (an OTS-family body with the OTS). */
export const Affiliation = z.strictObject({
  /** The other organization's record id (`ots`). */
  organization: Slug,
  /** Its name, for readers of this record alone. */
  name: z.string().min(1).optional(),
  /** How they are related, in words ("affiliated organization", "related organization"). */
  relation: z.string().min(1).optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
});
export type Affiliation = z.infer<typeof Affiliation>;

/** The organization's official and working languages. */
export const Languages = z.strictObject({
  official: z.array(LanguageTag).optional(),
  working: z.array(LanguageTag).optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
});
export type Languages = z.infer<typeof Languages>;

/** The organization itself: its id, its names at founding, its founding and its seat. */
export const Organization = z.strictObject({
  id: Slug,
  /** Names at founding, per language. Renames are decisions of type `rename`. */
  names: LocalizedNames,
  founded: Founding,
  headquarters: z.array(Seat).optional(),
  website: z.url().optional(),
  /** Organizations this one is affiliated with; the other side is derived. */
  affiliatedWith: z.array(Affiliation).optional(),
  languages: Languages.optional(),
  description: z.string().optional(),
  /** The sources of the names and the description. */
  sources: SourceRefs.optional(),
});
export type Organization = z.infer<typeof Organization>;
