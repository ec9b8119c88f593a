import type { DatePrecision, PlainDate } from '../calendar/plain-date';
import type { LocalizedNames } from '../schema/common';

/** Who holds an office: a party (a chair) or a person (and the party of their nationality). */
export interface Holder {
  readonly party: string | null;
  readonly person: string | null;
}

/**
 * One holder's time in one office: the half-open span `[start, end)`, where it came from, and
 * what it rests on. `end: null` means it is still running.
 */
export interface Tenure {
  readonly office: string;
  readonly holder: Holder;
  /** The first day (the earliest possible day, when the start is known only to the month or year). */
  readonly start: PlainDate;
  readonly startPrecision: DatePrecision;
  /**
   * When the start is imprecise: the exclusive end of the window in which the change happened.
   * Between `start` and this day, the holder is uncertain.
   */
  readonly startUncertainUntil?: PlainDate;
  readonly end: PlainDate | null;
  /**
   * When the next holder's start is imprecise: the exclusive end of the window in which this
   * tenure ended (`end` is then the window's first day).
   */
  readonly endUncertainUntil?: PlainDate;
  /**
   * Where the period comes from:
   * - `recorded`: a fact of the record;
   * - `rule`: not recorded, but certain from the rule and a known roster (a monthly presidency
   *   in alphabetical order; a holder who remains in office by rule until a successor takes office);
   * - `projected`: what the rule expects where the record is silent and the rule alone cannot make
   *   it certain (an event not recorded, an estimated date, an unknown roster, an inferred rule).
   */
  readonly basis: 'recorded' | 'rule' | 'projected';
  /** How precisely `end` is known (absent: to the day, or open). */
  readonly endPrecision?: DatePrecision;
  /**
   * For a recorded period: `rule` when its end is not a recorded decision but where its rule
   * ends it (the next boundary of a calendar rotation, the end of a term, the next summit).
   */
  readonly endBasis?: 'recorded' | 'rule';
  /** For rule and projected periods: what the answer rests on, or why it is not certain. */
  readonly reason?: BasisReason;
  /** For projections: the rule version that produced the period. */
  readonly rule?: string;
  /**
   * For term offices: the day the term ends by rule, extensions included (the earliest possible
   * day when the term began on a day the sources do not give; see `termEndUncertainUntil`).
   */
  readonly termEnd?: PlainDate;
  /** When the term's start is imprecise: the exclusive end of the window in which the term ends. */
  readonly termEndUncertainUntil?: PlainDate;
  /** The term was extended for a length no source gives: its end is unknown (`termEnd` absent). */
  readonly termEndUnknown?: boolean;
  /** For projections: the period should already have begun (the record is behind its rule). */
  readonly overdue?: boolean;
  /** For projections: start and end are estimates (e.g. from a summit cadence), not rule dates. */
  readonly estimated?: boolean;
  /**
   * The period would end after 9999-12-31, the last day of the supported calendar: `end` is null
   * and the projection ends with it (see `LAST_DAY`).
   */
  readonly endAfterLastDay?: true;
  /**
   * How sure the period is as a whole (see {@link Certainty}; for a period with no known end, its
   * days after the last confirmation). Set on every period the queries return; a holding says it
   * for the day asked (`Holding.certainty`), which may be surer (a day a source confirms).
   */
  readonly certainty?: Exclude<Certainty, 'uncertain'>;
  /** For a `presumed` period: the last day a source shows the holder in office, and that source. */
  readonly lastConfirmed?: Confirmation;
  /** The decisions that make this period (appointment, handover, extensions, end). */
  readonly decisions: readonly string[];
  /** The sources of those decisions. */
  readonly sources: readonly string[];
}

/** A party's standing in the organization. */
export type MembershipStatus = 'member' | 'observer' | 'suspended' | 'withdrawn';

/** One span of one party's standing, derived from admit/observer/suspend/reinstate/withdraw decisions. */
export interface MembershipPeriod {
  readonly party: string;
  readonly status: MembershipStatus;
  readonly start: PlainDate;
  readonly startPrecision: DatePrecision;
  readonly end: PlainDate | null;
  readonly decision: string;
  readonly sources: readonly string[];
  /** For a membership with a term (an elected seat): the day the term ends (exclusive). */
  readonly termEnd?: PlainDate;
  /** The seat or group a term-limited membership fills. */
  readonly seat?: string;
  /** This period began because a term-limited membership ended (`decision` is its admission). */
  readonly expiry?: boolean;
}

/** Why an answer comes from the rule rather than the record, or why it is uncertain. */
export type BasisCode =
  /** A calendar rotation on a known roster: certain. */
  | 'calendar-rule'
  /** The rule keeps the holder in office until a successor takes office. */
  | 'holdover'
  /** The rule ends the term with the office vacant until an appointment. */
  | 'vacant-by-rule'
  /** The event that passes the office is in the record, but not the handover it made. */
  | 'event-not-recorded'
  /** The event that passes the office is expected (planned, or estimated from a cadence). */
  | 'event-expected'
  /** The term ended by rule and the record has no decision: extension, reappointment or successor. */
  | 'term-expired'
  /** The term was extended for a length no source gives. */
  | 'extension-of-unknown-length'
  /** Seats whose terms ended have no recorded successors: the roster is incomplete. */
  | 'roster-unknown'
  /** The rule is an inference of the record's authors, not a stated rule. */
  | 'inferred-rule'
  /** The record dates the change only to the month or year. */
  | 'imprecise-date';

/**
 * What an answer rests on: a stable code and the facts behind it. `describeReason` of
 * `@turnus/core/describe` turns it into a sentence.
 */
export interface BasisReason {
  readonly code: BasisCode;
  /** The day it concerns: the term's end, the day seats ended, the summit's date. */
  readonly since?: PlainDate;
  /** For `roster-unknown`: how many seats have no recorded successor. */
  readonly seats?: number;
  /** For event codes: the summit or meeting (its id). */
  readonly summit?: string;
  /** The rule that gives the answer is graded `inferred`: no source states it. */
  readonly inferred?: boolean;
  /**
   * The record's knowledge horizon (`horizon`, or the office's own) when the answer depends on
   * events the record may not have (`event-expected`, `term-expired`, `roster-unknown`): it has
   * every event its sources report through this day, and none after it.
   */
  readonly knownThrough?: PlainDate;
}

/**
 * How sure an answer is, one vocabulary across the project (docs/rules.md, "How sure an answer is"):
 * - `recorded`: a fact of the record (a period that began by the knowledge horizon);
 * - `certain-by-rule`: not recorded, but certain: an automatic rule on a recorded roster (a
 *   monthly presidency), a schedule fixed by a decision, a period decided in advance, and nothing
 *   recorded (a gap, a dispute) touching the period;
 * - `expected-by-rule`: what the rule expects, where each turn is confirmed by a decision
 *   (`turns: confirmed`) or something recorded may change it;
 * - `presumed`: a period with no known end (an extension of unknown length, a holdover by rule)
 *   past the last day a source shows the holder in office (`lastConfirmed`);
 * - `uncertain`: the record and the rule cannot say who holds it (candidates, or no record).
 */
export type Certainty = 'recorded' | 'certain-by-rule' | 'expected-by-rule' | 'presumed' | 'uncertain';

/** The last day a source shows a holder in office (an attestation, or the tenure's latest dated source). */
export interface Confirmation {
  readonly date: PlainDate;
  readonly sources: readonly string[];
}

/**
 * The answer to "who held this office that day":
 * - `held`: one tenure covers the day: recorded, certain or expected by rule, or presumed (`certainty`);
 * - `uncertain`: the record and the rule cannot say which of the candidates held it, and
 *   `reason` says why (a change dated only to the year, an event not recorded, a term that
 *   ended with no recorded decision, an unknown roster);
 * - `vacant`: nobody held it (before the record, or by rule).
 * Every holding says how sure it is (`certainty`); a presumed one carries `lastConfirmed`.
 */
export type Holding =
  | { readonly status: 'held'; readonly tenure: Tenure; readonly certainty: Exclude<Certainty, 'uncertain'>; readonly lastConfirmed?: Confirmation }
  | { readonly status: 'uncertain'; readonly candidates: readonly Tenure[]; readonly reason: BasisReason; readonly certainty: 'uncertain' }
  | { readonly status: 'vacant'; readonly reason?: BasisReason; readonly certainty: 'recorded' | 'certain-by-rule' | 'uncertain' };

/** A set of names in force from a day on. */
export interface NameVersion {
  readonly start: PlainDate;
  readonly names: LocalizedNames;
  readonly sortNames: Readonly<Record<string, string>> | undefined;
  readonly decision: string | null;
}

/**
 * What the rotation rules read of a compiled model (rules/order.ts, exceptions.ts, replay.ts):
 * who is a member when, under which names, the days either changes, and whom an order may
 * choose from. Narrow, so that the rules need not know the whole model nor import the compiler.
 */
export interface Roster {
  readonly membership: ReadonlyMap<string, readonly MembershipPeriod[]>;
  readonly partyNames: ReadonlyMap<string, readonly NameVersion[]>;
  /**
   * Every day on which some party's standing or names change, sorted: between two of them an
   * alphabetical order cannot change, so it is computed once per span (see `rules/order.ts`).
   */
  readonly changeDays: readonly PlainDate[];
  /**
   * The parties a rotation order may choose from, for rules whose `eligible` clause restricts it
   * to the founding members or a named subset (the order object is the key).
   */
  readonly eligibleAmong: ReadonlyMap<object, ReadonlySet<string>>;
}
