import { z } from 'zod';
import { Grade, LanguageTag, PartialDate, PartyId, Slug, SourceRefs } from './common';

/** One line of a person's career, as sourced. */
export const CareerNote = z.strictObject({
  text: z.string().min(1),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  sources: SourceRefs.optional(),
  grade: Grade.optional(),
});
export type CareerNote = z.infer<typeof CareerNote>;

/** A person who held an office. */
export const Person = z.strictObject({
  id: Slug,
  /** The name per language or script: `{ en: 'Halil Akıncı', ru: 'Халил Акынджи' }`. */
  names: z.record(LanguageTag, z.string().min(1)),
  /** Other spellings met in sources ("Halil Akinci", "Omuraliev"). */
  transliterations: z.array(z.string().min(1)).optional(),
  nationality: PartyId,
  career: z.array(CareerNote).optional(),
  sources: SourceRefs.optional(),
});
export type Person = z.infer<typeof Person>;
