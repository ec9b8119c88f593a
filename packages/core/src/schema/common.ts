import { z } from 'zod';
import { isBoundedDuration, isDuration, MAX_DURATION_YEARS } from '../calendar/duration';
import { isPartialDate, isPlainDate } from '../calendar/plain-date';

/**
 * A real calendar date written `YYYY-MM-DD` (`2023-02-30` is rejected).
 * The issue carries `params.code = 'INVALID_DATE'` so that diagnostics name it precisely.
 */
export const PlainDate = z
  .string()
  .refine(isPlainDate, { message: 'expected a real calendar date written YYYY-MM-DD', params: { code: 'INVALID_DATE' } })
  .meta({ description: 'A calendar date, YYYY-MM-DD.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export type PlainDate = z.infer<typeof PlainDate>;

/**
 * {@link isPartialDate}, reading a full date character by character (`isPlainDate`) instead of
 * matching its pattern, which allocates: most of a record's dates are full, and a record of
 * 100,000 decisions has as many.
 */
export function isPartialDateText(value: string): boolean {
  return value.length === 10 ? isPlainDate(value) : isPartialDate(value);
}

/** A date known to the day, the month (`YYYY-MM`) or only the year (`YYYY`), when a source is imprecise. */
export const PartialDate = z
  .string()
  .refine(isPartialDateText, {
    message: 'expected a real calendar date written YYYY-MM-DD, YYYY-MM or YYYY',
    params: { code: 'INVALID_DATE' },
  })
  .meta({
    description: 'A date known to the day (YYYY-MM-DD), the month (YYYY-MM) or the year (YYYY).',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  });
export type PartialDate = z.infer<typeof PartialDate>;

/** A calendar day of the year, `MM-DD`, for rules anchored on a fixed date such as 1 January. */
export const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'expected a day of the year written MM-DD' })
  .meta({ description: 'A day of the year, MM-DD.' });
export type MonthDay = z.infer<typeof MonthDay>;

/** An ISO 8601 calendar duration such as `P3Y`, `P6M`, `P1M`, `P2W`. */
export const IsoDuration = z
  .string()
  .refine(isDuration, { message: 'expected an ISO 8601 duration such as P3Y, P6M or P1M', params: { code: 'INVALID_DURATION' } })
  .refine((text) => !isDuration(text) || isBoundedDuration(text), { message: `expected a duration of at most ${MAX_DURATION_YEARS} years, so that dates stay within 0001–9999`, params: { code: 'INVALID_DURATION' } })
  .meta({ description: 'An ISO 8601 calendar duration: P3Y, P6M, P1M, P1Y6M, P2W, P10D.' });
export type IsoDuration = z.infer<typeof IsoDuration>;

/** A lowercase identifier: letters, digits and hyphens (`secretary-general`, `summit-8`). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected a lowercase identifier (letters, digits, hyphens)' });
export type Slug = z.infer<typeof Slug>;

/**
 * A party's stable id: the ISO 3166-1 alpha-2 code of a state (`AZ`, `TR`), or, where none
 * exists, a documented lowercase custom id (`trnc`, `eco`) that can never collide with one.
 */
export const PartyId = z
  .string()
  .regex(/^([A-Z]{2}|[a-z][a-z0-9-]*)$/, {
    message: 'expected an ISO 3166-1 alpha-2 code (AZ) or a lowercase custom id (trnc)',
  });
export type PartyId = z.infer<typeof PartyId>;

/** A BCP 47 language tag such as `en`, `tr`, `az-Cyrl`. */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'expected a BCP 47 language tag such as en or az-Cyrl' });
export type LanguageTag = z.infer<typeof LanguageTag>;

/** The ids of the sources a fact rests on. Validation requires at least one. */
export const SourceRefs = z.array(Slug).meta({ description: 'Ids of entries in the record\'s sources list.' });
export type SourceRefs = z.infer<typeof SourceRefs>;

/** The forms of one name in one language. */
export const NameForms = z.strictObject({
  /** The name in everyday use: "Azerbaijan", "Turkic Council". */
  name: z.string().min(1),
  /** The full official name: "Republic of Azerbaijan". */
  official: z.string().min(1).optional(),
  /** An abbreviation: "CCTS", "OTS". */
  abbreviation: z.string().min(1).optional(),
});
export type NameForms = z.infer<typeof NameForms>;

/** Names per language: `{ en: { name: 'Azerbaijan', official: 'Republic of Azerbaijan' } }`. */
export const LocalizedNames = z.record(LanguageTag, NameForms);
export type LocalizedNames = z.infer<typeof LocalizedNames>;

/**
 * How well a fact is established:
 * - `confirmed`: the organization, a member's government or its official text states it;
 * - `reported`: reported by news agencies or the press, not confirmed by an official text;
 * - `inferred`: not stated by any source; the record's authors derived it (say how in `note`).
 * Absent means `reported`.
 */
export const Grade = z.enum(['confirmed', 'reported', 'inferred']).meta({ description: 'confirmed | reported | inferred (absent: reported).' });
export type Grade = z.infer<typeof Grade>;
