import type { DatePrecision, PlainDate } from '../calendar/plain-date';

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
  /** `recorded`: a fact of the record. `projected`: produced by a rule. */
  readonly basis: 'recorded' | 'projected';
  /** For projections: the rule version that produced the period. */
  readonly rule?: string;
  /** For term offices: the day the term ends by rule, extensions included. */
  readonly termEnd?: PlainDate;
  /** For projections: the period should already have begun (the record is behind its rule). */
  readonly overdue?: boolean;
  /** For projections: start and end are estimates (e.g. from a summit cadence), not rule dates. */
  readonly estimated?: boolean;
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
}

/**
 * The answer to "who held this office that day":
 * - `held`: one tenure covers the day;
 * - `uncertain`: the day falls in a window where the record knows a change happened but not when;
 * - `vacant`: the record has no holder that day.
 */
export type Holding =
  | { readonly status: 'held'; readonly tenure: Tenure }
  | { readonly status: 'uncertain'; readonly candidates: readonly Tenure[] }
  | { readonly status: 'vacant' };
