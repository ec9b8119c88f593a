import { z } from 'zod';
import { parseDuration } from '../calendar/duration';
import { isPartialDate, isPlainDate } from '../calendar/plain-date';
import { Grade, IsoDuration, LanguageTag, MonthDay, PartialDate, PartyId, Slug, SourceRefs } from './common';

/**
 * The order in which parties take turns.
 * - `alphabetical`: by the parties' names in `language` (their `sortNames` when the record gives
 *   them), compared with `Intl.Collator(collation ?? language)`, recomputed at each period's start.
 * - `cycle`: a declared list that repeats.
 * - `fixed`: a schedule set by decision, used once; it ends when the list does.
 */
export const RotationOrder = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('alphabetical'),
    language: LanguageTag,
    /** Which name to sort by when no sort name is given. */
    nameForm: z.enum(['name', 'official']).optional(),
    /** The collation locale, when it differs from the language. */
    collation: z.string().optional(),
  }),
  z.strictObject({ kind: z.literal('cycle'), parties: z.array(PartyId).min(1) }),
  z.strictObject({ kind: z.literal('fixed'), parties: z.array(PartyId).min(1) }),
]);
export type RotationOrder = z.infer<typeof RotationOrder>;

/** The first day (`YYYY-MM-DD`) or the first month (`YYYY-MM`) of a calendar grid. */
const CalendarAnchor = z
  .string()
  .refine((v) => (v.length === 10 ? isPlainDate(v) : v.length === 7 && isPartialDate(v)), {
    message: 'expected a calendar date written YYYY-MM-DD, or a month written YYYY-MM when the day of each handover is fixed later',
    params: { code: 'INVALID_DATE' },
  })
  .meta({
    description: 'The first handover: a day (YYYY-MM-DD), or a month (YYYY-MM) when the office changes hands in that month on a day fixed later by decision.',
    pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
  });

/** Whether a duration moves whole months or years only. */
function monthsOnly(every: string): boolean {
  const parts = parseDuration(every);
  return parts === undefined || (parts.days === 0 && parts.weeks === 0);
}

/**
 * When a rotating office changes hands.
 * - `summit`: at each ordinary summit the host takes the office until the next one; `cadence`
 *   (e.g. `P1Y`) estimates the dates of summits not yet planned.
 * - `calendar`: every `every` from `anchor` (a grid: anchor + k × every); an anchor known to the
 *   month (`2027-05`) gives handovers known to the month, each made exact by its recorded handover.
 */
export const RotationTrigger = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('summit'),
    series: Slug.optional(),
    cadence: IsoDuration.optional(),
    /**
     * Who takes the office at each event: `host` (the default: the event's host chairs until the
     * next one) or `order` (the event only passes the office; the order names the next holder,
     * for example where the outgoing chair hosts the handover meeting).
     */
    holder: z.enum(['host', 'order']).optional(),
  }),
  z
    .strictObject({
      kind: z.literal('calendar'),
      every: IsoDuration,
      /**
       * The grid's first day; or its first month (`YYYY-MM`) where the office changes hands in that
       * month each time on a day fixed later by decision ("in May each year"). The precision is
       * kept: each handover the rule gives is known to the month, a day inside it is uncertain
       * between the outgoing and the incoming holder, and a recorded handover makes it exact.
       */
      anchor: CalendarAnchor,
    })
    .refine((t) => t.anchor.length === 10 || monthsOnly(t.every), {
      message: 'a calendar anchored on a month (YYYY-MM) moves in whole months or years (P1Y, P6M), not days or weeks',
      path: ['every'],
    }),
]);
export type RotationTrigger = z.infer<typeof RotationTrigger>;

/** Fields every rule version has. */
const ruleBase = {
  id: Slug,
  /**
   * `stated`: the rule as the organization writes it. `practice`: the cycle observed in the
   * record. Projections follow the practice when there is one; the audit compares both.
   */
  role: z.enum(['stated', 'practice']),
  /** The first day this version applies; changing a rule never rewrites the past. */
  from: PartialDate,
  /** The day a later version replaced it (exclusive). */
  to: PartialDate.optional(),
  /** The rule's text as the organization states it. */
  text: z.string().optional(),
  textLanguage: LanguageTag.optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
  /** How well the rule is established (absent: `reported`). An `inferred` rule's projections are never shown as fact. */
  grade: Grade.optional(),
};

/** A rotation among parties (a chairmanship, a presidency). */
export const RotationRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('rotation'),
  trigger: RotationTrigger,
  order: RotationOrder,
  /**
   * Who may take a turn: `members` (full members only, never observers or suspended members),
   * `founding-members`, or a named subset `{ parties: [...] }` (members among them only).
   */
  eligible: z
    .union([z.literal('members'), z.literal('founding-members'), z.strictObject({ parties: z.array(PartyId).min(1), name: z.string().optional() })])
    .optional(),
  /**
   * Whether a turn follows from the rule alone (`automatic`: a monthly presidency fixed by the
   * rules of procedure, a schedule fixed by a decision) or is confirmed by a decision each time
   * (`confirmed`: the members agree on each turn, and may defer or swap it). Absent: `automatic`
   * for a calendar trigger, `confirmed` for a summit trigger. A confirmed turn the record does
   * not have yet is expected, never certain.
   */
  turns: z
    .enum(['automatic', 'confirmed'])
    .optional()
    .meta({
      description:
        'automatic: each turn follows from the rule alone (rules of procedure, a schedule fixed by decision); confirmed: each turn is confirmed by a decision, so a turn not recorded is expected, not certain. Default: automatic for a calendar trigger, confirmed for a summit trigger.',
    }),
});
export type RotationRule = z.infer<typeof RotationRule>;

/** A rotation of nationalities among successive holders of a person-held office. */
export const NationalityRotation = z.strictObject({
  order: RotationOrder,
  /** The rule forbids two consecutive holders of one nationality. */
  noConsecutiveSame: z.boolean().optional(),
});
export type NationalityRotation = z.infer<typeof NationalityRotation>;

/** A fixed-term office (a Secretary-General). */
export const TermRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('term'),
  /** The term's length, e.g. `P3Y`. */
  length: IsoDuration,
  /**
   * When a term starts: on the appointment decision, on taking office, or on the next
   * `fixedDate` (e.g. `01-01`) on or after taking office.
   */
  start: z.enum(['appointment', 'taking-office', 'fixed-date']),
  fixedDate: MonthDay.optional(),
  /** How many times a holder may be reappointed; absent when the rule does not say. */
  renewals: z.number().int().nonnegative().optional(),
  /** Whether the appointing body may extend a term by decision. */
  extensible: z.boolean().optional(),
  /**
   * What happens when a term ends with no recorded decision: `holdover` (the holder remains in
   * office until a successor takes office), `vacant` (the office falls vacant), or `unknown` (the
   * default: the rule does not say, so the answer after the term end is uncertain).
   */
  onExpiry: z.enum(['holdover', 'vacant', 'unknown']).optional(),
  nationality: NationalityRotation.optional(),
});
export type TermRule = z.infer<typeof TermRule>;

/** One effective-dated version of the rule that governs an office. */
export const Rule = z.discriminatedUnion('kind', [RotationRule, TermRule]);
export type Rule = z.infer<typeof Rule>;
