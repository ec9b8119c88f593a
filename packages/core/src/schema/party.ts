import { z } from 'zod';
import { LanguageTag, LocalizedNames, PartyId, SourceRefs } from './common';

/** What kind of entity a party is. */
export const PartyKind = z.enum(['state', 'organization', 'other']);
export type PartyKind = z.infer<typeof PartyKind>;

/**
 * A state or other entity that can be a member, an observer or the holder of an office.
 * `names` are its names when it first appears in the record; later names come from `rename`
 * decisions. `sortNames` say how this organization files it in alphabetical orders:
 * one organization sorts "Republic of Korea" under K, another under R.
 */
export const Party = z.strictObject({
  id: PartyId,
  kind: PartyKind,
  names: LocalizedNames,
  sortNames: z.record(LanguageTag, z.string().min(1)).optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
});
export type Party = z.infer<typeof Party>;
