import { afterLatestDay, partyDisplayName, personDisplayName, type Holding, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';

/** A holder as the JSON contract gives it: ids and display names; person fields null for party-held offices. */
export interface HolderJson {
  readonly party: string | null;
  readonly partyName: string | null;
  readonly person: string | null;
  readonly personName: string | null;
}

/**
 * A tenure in the JSON contract's shape (`who --json`, and the items of `history`/`next`).
 * Optional fields appear only when they say something: `startPrecision` for a start known only
 * to the month or year, `startUncertainUntil` for the end of that window, `termEnd` for term
 * offices, `rule` for projections, `overdue` and `estimated` for projections.
 */
export interface TenureJson {
  readonly org: string;
  readonly office: string;
  /** The day the question is about; names are given as they were that day. */
  readonly on: PlainDate;
  readonly status: Holding['status'];
  readonly holder: HolderJson | null;
  readonly start: PlainDate | null;
  readonly startPrecision?: string;
  readonly startUncertainUntil?: PlainDate;
  readonly end: PlainDate | null;
  readonly termEnd?: PlainDate;
  readonly basis: 'recorded' | 'projected' | null;
  readonly rule?: string;
  readonly overdue?: boolean;
  readonly estimated?: boolean;
  readonly decisions: readonly string[];
  readonly sources: readonly string[];
  readonly candidates?: readonly TenureJson[];
}

export function holderJson(record: OrganizationRecord, tenure: Tenure, on: PlainDate): HolderJson {
  const { party, person } = tenure.holder;
  return {
    party,
    partyName: party === null ? null : partyDisplayName(record, party, on),
    person,
    personName: person === null ? null : personDisplayName(record, person),
  };
}

export function tenureJson(record: OrganizationRecord, tenure: Tenure, on: PlainDate): TenureJson {
  return {
    org: record.organization.id,
    office: tenure.office,
    on,
    status: 'held',
    holder: holderJson(record, tenure, on),
    start: tenure.start,
    ...(tenure.startPrecision !== 'day' ? { startPrecision: tenure.startPrecision } : {}),
    ...(tenure.startUncertainUntil ? { startUncertainUntil: tenure.startUncertainUntil } : {}),
    end: tenure.end,
    ...(tenure.termEnd ? { termEnd: tenure.termEnd } : {}),
    basis: tenure.basis,
    ...(tenure.rule ? { rule: tenure.rule } : {}),
    ...(tenure.overdue ? { overdue: true } : {}),
    ...(tenure.estimated ? { estimated: true } : {}),
    decisions: tenure.decisions,
    sources: tenure.sources,
  };
}

export function holdingJson(record: OrganizationRecord, office: string, on: PlainDate, holding: Holding): TenureJson {
  if (holding.status === 'held') return tenureJson(record, holding.tenure, on);
  const empty = { org: record.organization.id, office, on, status: holding.status, holder: null, start: null, end: null, basis: null, decisions: [] as string[], sources: [] as string[] };
  if (holding.status === 'vacant') return empty;
  return { ...empty, candidates: holding.candidates.map((t) => tenureJson(record, t, on)) };
}

/** "Kubanychbek Omuraliev (Kyrgyzstan)" or "Azerbaijan". */
export function holderText(record: OrganizationRecord, tenure: Tenure, on: PlainDate): string {
  const h = holderJson(record, tenure, on);
  if (h.personName) return h.partyName ? `${h.personName} (${h.partyName})` : h.personName;
  // A projected term names no person: only the nationality its rule gives, if any.
  const personHeld = record.offices.find((o) => o.id === tenure.office)?.heldBy === 'person';
  if (personHeld) return h.partyName ? `a national of ${h.partyName}` : 'to be appointed';
  return h.partyName ?? 'unknown';
}

/** The first day of a tenure as a person reads it: "2014 (year known only, by 2014-12-11)". */
export function startText(tenure: Tenure): string {
  if (tenure.startPrecision === 'day') return tenure.start;
  const shown = tenure.startPrecision === 'year' ? tenure.start.slice(0, 4) : tenure.start.slice(0, 7);
  // The window is half-open: from `startUncertainUntil` on, the holder is certain.
  const by = tenure.startUncertainUntil ? `, in office by ${tenure.startUncertainUntil}` : '';
  return `${shown} (${tenure.startPrecision} known only${by})`;
}

/**
 * The first day of a tenure for a table column: "2014 (by 2014-12-11)" when a later source
 * bounds the window, "2026 (day unknown)" when only the year or month is known.
 */
export function shortStartText(tenure: Tenure): string {
  if (tenure.startPrecision === 'day') return tenure.start;
  const shown = tenure.startPrecision === 'year' ? tenure.start.slice(0, 4) : tenure.start.slice(0, 7);
  const windowEnd = afterLatestDay(shown);
  return tenure.startUncertainUntil && tenure.startUncertainUntil !== windowEnd ? `${shown} (by ${tenure.startUncertainUntil})` : `${shown} (day unknown)`;
}

/** "2021-11-12 → 2022-11-11", "2022-11-14 → (open)". */
export function periodText(tenure: Tenure): string {
  return `${startText(tenure)} → ${tenure.end ?? '(open)'}`;
}
