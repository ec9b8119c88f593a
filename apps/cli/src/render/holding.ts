import { afterLatestDay, earliestDay, partyDisplayName, type DatePrecision, personDisplayName, type BasisReason, type Certainty, type Confirmation, type Holding, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { describeReason, formatWindow, readWindow } from '@turnus/core/describe';

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
  readonly on: string;
  readonly status: Holding['status'];
  readonly holder: HolderJson | null;
  /** The first day, or `"2014"` / `"2026-05"` when only the year or month is known (see `startPrecision`). */
  readonly start: string | null;
  readonly startPrecision?: string;
  readonly startUncertainUntil?: PlainDate;
  /** The end (exclusive), or `"2014"` / `"2026-05"` when only the year or month is known (see `endPrecision`). */
  readonly end: string | null;
  /** For an end known only to the month or year: `month` or `year`. */
  readonly endPrecision?: string;
  readonly endUncertainUntil?: PlainDate;
  /** `rule` when a recorded period's end is where its rule ends it, not a recorded decision. */
  readonly endBasis?: 'recorded' | 'rule';
  readonly termEnd?: string;
  /** For a term end known only to the month or year: `month` or `year`. */
  readonly termEndPrecision?: string;
  /** When the term began on a day no source gives: the exclusive end of the window the term ends in. */
  readonly termEndUncertainUntil?: PlainDate;
  /** The term was extended for a length no source gives. */
  readonly termEndUnknown?: boolean;
  /** `recorded`, `rule` (certain by rule where the record is silent) or `projected` (expected, not certain). */
  readonly basis: 'recorded' | 'rule' | 'projected' | null;
  /**
   * How sure the answer is (the core's vocabulary): `recorded`, `certain-by-rule`,
   * `expected-by-rule`, `presumed` or `uncertain`. For `who` and `state`, for the day asked; for
   * the periods of `history` and `next`, for the period as a whole.
   */
  readonly certainty: Certainty;
  /** For a presumed answer: the last day a source shows the holder in office, and its sources. */
  readonly lastConfirmed?: Confirmation;
  /** What a `rule` or `projected` answer rests on, or why a holding is uncertain: a stable code and a sentence. */
  readonly reason?: BasisReason & { readonly message: string };
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
  const start = partialJson(tenure.start, tenure.startPrecision, tenure.startUncertainUntil);
  const end = tenure.end === null ? null : partialJson(tenure.end, tenure.endPrecision ?? 'day', tenure.endUncertainUntil);
  const termEnd = tenure.termEnd ? windowJson(tenure.termEnd, tenure.termEndUncertainUntil) : undefined;
  return {
    org: record.organization.id,
    office: tenure.office,
    // A period's own first day is given as precisely as it is known.
    on: on === tenure.start ? start.date : on,
    status: 'held',
    holder: holderJson(record, tenure, on),
    start: start.date,
    ...(tenure.startPrecision !== 'day' ? { startPrecision: tenure.startPrecision } : {}),
    ...(start.until ? { startUncertainUntil: start.until } : {}),
    end: end?.date ?? null,
    ...(tenure.endPrecision && tenure.endPrecision !== 'day' ? { endPrecision: tenure.endPrecision } : {}),
    ...(end?.until ? { endUncertainUntil: end.until } : {}),
    ...(tenure.endBasis ? { endBasis: tenure.endBasis } : {}),
    ...(termEnd ? { termEnd: termEnd.date } : {}),
    ...(termEnd && termEnd.date.length < 10 ? { termEndPrecision: termEnd.date.length === 4 ? 'year' : 'month' } : {}),
    ...(termEnd?.until ? { termEndUncertainUntil: termEnd.until } : {}),
    ...(tenure.termEndUnknown ? { termEndUnknown: true } : {}),
    basis: tenure.basis,
    certainty: tenure.certainty ?? (tenure.basis === 'recorded' ? 'recorded' : tenure.basis === 'rule' ? 'certain-by-rule' : 'expected-by-rule'),
    ...(tenure.lastConfirmed ? { lastConfirmed: tenure.lastConfirmed } : {}),
    ...(tenure.reason ? { reason: reasonJson(record, tenure.reason) } : {}),
    ...(tenure.rule ? { rule: tenure.rule } : {}),
    ...(tenure.overdue ? { overdue: true } : {}),
    ...(tenure.estimated ? { estimated: true } : {}),
    decisions: tenure.decisions,
    sources: tenure.sources,
  };
}

/** A window `[day, until)` for the JSON contract, as the core reads it: the partial date, and a bound only where a source narrows it. */
function windowJson(day: PlainDate, until: PlainDate | undefined): { date: string; until?: PlainDate } {
  const reading = readWindow(day, until);
  if (reading.kind === 'exact') return { date: reading.date };
  if (reading.kind === 'before') return { date: reading.date, until: reading.before };
  return { date: day, until: until! };
}

/**
 * A date for the JSON contract as precisely as it is known: `"2014"`, `"2026-05"` or a day, and the
 * exclusive bound of its window only where a source narrows it (`"2014-12-29"`), never the
 * 1 January that merely closes a year.
 */
function partialJson(day: PlainDate, precision: DatePrecision, until: PlainDate | undefined): { date: string; until?: PlainDate } {
  if (precision === 'day' || !until) return until ? { date: day, until } : { date: day };
  const date = precision === 'year' ? day.slice(0, 4) : day.slice(0, 7);
  // A window that starts inside its year or month (after the record's knowledge horizon) is no
  // single year or month: its first possible day and its bound.
  if (day !== earliestDay(date)) return { date: day, until };
  return until === afterLatestDay(date) ? { date } : { date, until };
}

export function holdingJson(record: OrganizationRecord, office: string, on: PlainDate, holding: Holding): TenureJson {
  if (holding.status === 'held') {
    // The holding's certainty is for the day asked (a day a source confirms is not presumed).
    const { lastConfirmed: _whole, ...tenure } = tenureJson(record, holding.tenure, on);
    return { ...tenure, certainty: holding.certainty, ...(holding.lastConfirmed ? { lastConfirmed: holding.lastConfirmed } : {}) };
  }
  const empty = { org: record.organization.id, office, on, status: holding.status, holder: null, start: null, end: null, basis: null, certainty: holding.certainty, decisions: [] as string[], sources: [] as string[] };
  if (holding.status === 'vacant') return holding.reason ? { ...empty, reason: reasonJson(record, holding.reason) } : empty;
  return { ...empty, reason: reasonJson(record, holding.reason), candidates: holding.candidates.map((t) => tenureJson(record, t, on)) };
}

/** A reason with its sentence, for the JSON contract. */
export function reasonJson(record: OrganizationRecord, reason: BasisReason): BasisReason & { readonly message: string } {
  // `since` a summit known only to the year or month is that year or month ("2026"), not its first day.
  const summit = reason.summit !== undefined ? record.summits.find((s) => s.id === reason.summit) : undefined;
  const since = summit && summit.date.length < 10 && reason.since === earliestDay(summit.date) ? summit.date : reason.since;
  return { ...reason, ...(since !== undefined ? { since } : {}), message: describeReason(record, reason) };
}

/** A day known only within a window, as the record knows it: "2014", "2026-05", or the day. */
function windowText(day: PlainDate, until: PlainDate | undefined): string {
  return formatWindow(day, until, 'iso');
}

/** The last day of a tenure as a person reads it: "(open)", "2026 (year known only, by rule)". */
export function endText(tenure: Tenure): string {
  if (tenure.end === null) return '(open)';
  const shown = windowText(tenure.end, tenure.endUncertainUntil);
  const known = tenure.endUncertainUntil && shown.length < 10 ? ` (${shown.length === 4 ? 'year' : 'month'} known only${tenure.endBasis === 'rule' ? ', by rule' : ''})` : tenure.endBasis === 'rule' ? ' (end by rule)' : '';
  return `${shown}${known}`;
}

/** A term's end as a person reads it: "2025-11-11", "2017 (before 2017-12-29)", "not known (extended …)". */
export function termEndText(tenure: Tenure, record?: OrganizationRecord): string | undefined {
  if (tenure.termEndUnknown) return `not known (${extensionText(tenure, record)}for a length no source gives)`;
  if (!tenure.termEnd) return undefined;
  return tenure.termEndUncertainUntil ? windowText(tenure.termEnd, tenure.termEndUncertainUntil) : tenure.termEnd;
}

/** "extended on 2025-05-21 at Informal summit (Budapest), ": the last extension of a tenure, for its term end. */
function extensionText(tenure: Tenure, record: OrganizationRecord | undefined): string {
  const extension = record?.decisions.filter((d) => d.type === 'extend' && tenure.decisions.includes(d.id)).at(-1);
  if (!extension) return 'extended ';
  const summit = 'summit' in extension && extension.summit ? record!.summits.find((s) => s.id === extension.summit) : undefined;
  const name = summit?.name ?? 'the summit';
  const at = summit ? ` at ${/^the /i.test(name) ? '' : 'the '}${name}${summit.city && !name.includes(summit.city) ? ` in ${summit.city}` : ''}` : '';
  return `extended on ${extension.date}${at}, `;
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
  // A window narrowed to start after the record's knowledge horizon: "between 2026-03-11 and 2026-12-31".
  if (tenure.startUncertainUntil && tenure.start !== earliestDay(shown)) return windowText(tenure.start, tenure.startUncertainUntil);
  // The window is half-open: from `startUncertainUntil` on, the holder is certain. Only a bound a
  // source sets inside the year or month is worth saying (never the 1 January that closes a year).
  const by = tenure.startUncertainUntil && tenure.startUncertainUntil !== afterLatestDay(shown) ? `, in office by ${tenure.startUncertainUntil}` : '';
  return `${shown} (${tenure.startPrecision} known only${by})`;
}

/**
 * The first day of a tenure for a table column: "2014 (by 2014-12-11)" when a later source
 * bounds the window, "2026 (day unknown)" when only the year or month is known.
 */
export function shortStartText(tenure: Tenure): string {
  if (tenure.startPrecision === 'day') return tenure.start;
  const shown = tenure.startPrecision === 'year' ? tenure.start.slice(0, 4) : tenure.start.slice(0, 7);
  if (tenure.startUncertainUntil && tenure.start !== earliestDay(shown)) return windowText(tenure.start, tenure.startUncertainUntil);
  const windowEnd = afterLatestDay(shown);
  return tenure.startUncertainUntil && tenure.startUncertainUntil !== windowEnd ? `${shown} (by ${tenure.startUncertainUntil})` : `${shown} (day unknown)`;
}

/** A start after "from": "2026-11-20", "2026 (day unknown)", "a day between 2026-03-11 and 2026-12-31". */
export function fromStartText(tenure: Tenure): string {
  const text = shortStartText(tenure);
  return text.startsWith('between ') ? `a day ${text}` : text;
}

/** "2021-11-12 → 2022-11-11", "2022-11-14 → (open)". */
export function periodText(tenure: Tenure): string {
  return `${startText(tenure)} → ${endText(tenure)}`;
}
