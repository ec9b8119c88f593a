import { z } from 'zod';
import { Grade, IsoDuration, LanguageTag, LocalizedNames, PartialDate, PartyId, PlainDate, Slug, SourceRefs } from './common';

/** Fields every decision has: an id, a date, the sources, and where it was taken. */
const decisionBase = {
  id: Slug,
  /** The day the decision was taken (partial when a source gives only the month or year). */
  date: PartialDate,
  /**
   * For a partial `date`: the latest day by which the decision is known to have taken effect
   * (for example, "in office by 11 December 2014"). Narrows the uncertainty window.
   */
  notAfter: PlainDate.optional(),
  /** The summit where it was taken, if any. */
  summit: Slug.optional(),
  /** The body or actor that took it ("Council of Heads of State", a member's government). */
  by: z.string().optional(),
  note: z.string().optional(),
  sources: SourceRefs.optional(),
  /** How well the decision is established (absent: `reported`). */
  grade: Grade.optional(),
};

/** Why a term ended. */
export const EndCause = z.enum(['expired', 'resigned', 'died', 'removed', 'replaced', 'other']);
export type EndCause = z.infer<typeof EndCause>;

/** Appoint a person (or, for party-held offices, a party) to an office. */
export const AppointDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('appoint'),
  office: Slug,
  person: Slug.optional(),
  party: PartyId.optional(),
  /** The day the appointee took office, when later than the decision. */
  effective: PlainDate.optional(),
  /** A term length fixed by this decision, overriding the rule's. */
  term: IsoDuration.optional(),
});

/** Extend the current holder's term by a duration or until a date. */
export const ExtendDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('extend'),
  office: Slug,
  person: Slug.optional(),
  party: PartyId.optional(),
  /** Added to the term's end as it stood ("extended for one year": `for: P1Y`). */
  for: IsoDuration.optional(),
  until: PlainDate.optional(),
});

/** End a term before its end by rule. */
export const EndTermDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('end-term'),
  office: Slug,
  person: Slug.optional(),
  party: PartyId.optional(),
  cause: EndCause,
  /** The day the office was left, when different from the decision. */
  effective: PlainDate.optional(),
});

/** Hand over a party-held office (a chairmanship) from one party to another. */
export const HandoverDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('handover'),
  office: Slug,
  from: PartyId.optional(),
  to: PartyId,
  effective: PlainDate.optional(),
});

/** Admit a party as a full member (founding members too). */
export const AdmitDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('admit'),
  party: PartyId,
  founding: z.boolean().optional(),
  effective: PlainDate.optional(),
  /**
   * For a membership with a term (an elected seat): the term's length from the day it takes
   * effect, e.g. `P2Y`. The membership ends then unless another admission continues it.
   */
  term: IsoDuration.optional(),
  /** For a membership with a term: the day it ends (exclusive), when the source gives it. */
  until: PlainDate.optional(),
  /** For a membership with a term: the seat or group it fills ("elected", "African Group"). */
  seat: z.string().min(1).optional(),
});

/** Grant a party observer status. */
export const ObserverDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('observer'),
  party: PartyId,
  effective: PlainDate.optional(),
});

/** Suspend a member. */
export const SuspendDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('suspend'),
  party: PartyId,
  effective: PlainDate.optional(),
});

/** Lift a suspension. */
export const ReinstateDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('reinstate'),
  party: PartyId,
  effective: PlainDate.optional(),
});

/** A party leaves the organization (as member or observer). */
export const WithdrawDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('withdraw'),
  party: PartyId,
  effective: PlainDate.optional(),
});

/** Rename the organization (no `party`) or a party. */
export const RenameDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('rename'),
  party: PartyId.optional(),
  names: LocalizedNames,
  sortNames: z.record(LanguageTag, z.string().min(1)).optional(),
  effective: PlainDate.optional(),
});

export const DocumentKind = z.enum(['declaration', 'agreement', 'protocol', 'charter', 'vision', 'strategy', 'rules', 'statement', 'other']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Adopt or sign a document. */
export const AdoptDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('adopt'),
  title: z.string().min(1),
  document: DocumentKind,
  url: z.url().optional(),
});

/** Put a new version of an office's rule into effect. */
export const ChangeRuleDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('change-rule'),
  office: Slug,
  /** The id of the rule version that takes effect. */
  rule: Slug,
});

/** A rotation exception: the party loses its next turn; the next eligible party takes it. */
export const SkipDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('skip'),
  office: Slug,
  party: PartyId,
  /** The first day of the turn it concerns, when later than the decision (otherwise the party's next turn after the decision). */
  effective: PlainDate.optional(),
});

/** A rotation exception: the party gives its next turn to the party after it and takes the following one. */
export const DeferDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('defer'),
  office: Slug,
  party: PartyId,
  /** The first day of the turn it concerns, when later than the decision (otherwise the party's next turn after the decision). */
  effective: PlainDate.optional(),
});

/** A rotation exception: two parties exchange their next turns. */
export const SwapDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('swap'),
  office: Slug,
  parties: z.tuple([PartyId, PartyId]),
  /** The first day of the turn it concerns, when later than the decision (otherwise the party's next turn after the decision). */
  effective: PlainDate.optional(),
});

/** A rotation exception: another party holds the office for one turn in place of the scheduled one. */
export const ReplaceDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('replace'),
  office: Slug,
  party: PartyId,
  /** The party that holds the turn instead. */
  with: PartyId,
  /** The first day of the turn it concerns, when later than the decision (otherwise the party's next turn after the decision). */
  effective: PlainDate.optional(),
});

/** Any other decision worth recording (an honorary title, a day of celebration, a new body). */
export const OtherDecision = z.strictObject({
  ...decisionBase,
  type: z.literal('other'),
  title: z.string().min(1),
});

/** A dated, sourced decision or event, usually taken at a summit. */
export const Decision = z.discriminatedUnion('type', [
  AppointDecision,
  ExtendDecision,
  EndTermDecision,
  HandoverDecision,
  AdmitDecision,
  ObserverDecision,
  SuspendDecision,
  ReinstateDecision,
  WithdrawDecision,
  RenameDecision,
  AdoptDecision,
  ChangeRuleDecision,
  SkipDecision,
  DeferDecision,
  SwapDecision,
  ReplaceDecision,
  OtherDecision,
]);
export type Decision = z.infer<typeof Decision>;
export type DecisionType = Decision['type'];
export type AppointDecision = z.infer<typeof AppointDecision>;
export type ExtendDecision = z.infer<typeof ExtendDecision>;
export type EndTermDecision = z.infer<typeof EndTermDecision>;
export type HandoverDecision = z.infer<typeof HandoverDecision>;
export type RenameDecision = z.infer<typeof RenameDecision>;
export type SkipDecision = z.infer<typeof SkipDecision>;
export type DeferDecision = z.infer<typeof DeferDecision>;
export type SwapDecision = z.infer<typeof SwapDecision>;
export type ReplaceDecision = z.infer<typeof ReplaceDecision>;
