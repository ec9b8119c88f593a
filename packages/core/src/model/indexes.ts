/**
 * Every index built lazily over a compiled model (or over a part of one), in one place: the
 * rules and queries ask here for what they need and keep no caches of their own. Each is kept
 * in a WeakMap on what it indexes, so it lives exactly as long as the model (or list, period,
 * duration) it was built from; each is built the first time it is asked for, because most
 * questions (`holderOn` of one office) need only a few of them.
 */
import type { DurationParts } from '../calendar/duration';
import type { PlainDate } from '../calendar/plain-date';
import type { AppointDecision, Decision, EndTermDecision, ExtendDecision, HandoverDecision } from '../schema/decision';
import type { RotationOrder } from '../schema/rule';
import type { AlphabeticalSpan } from '../rules/order';
import type { RotationException } from '../rules/exceptions';
import type { OfficeTimeline } from '../query/_timeline';
import { byDay } from './_days';
import type { Model } from './compile';
import type { Certainty, Confirmation, Roster, Tenure } from './types';
import type { OrganizationRecord } from '../schema/record';

type AlphabeticalOrder = Extract<RotationOrder, { kind: 'alphabetical' }>;

/** The decisions that make each office's tenures, in effective-day order: grouped in one pass, once per sorted list. */
export interface OfficeDecisions {
  readonly starts: (AppointDecision | HandoverDecision)[];
  readonly ends: EndTermDecision[];
  readonly extensions: ExtendDecision[];
}
const byOffice = new WeakMap<readonly Decision[], Map<string, OfficeDecisions>>();
/**
 * The appointments, handovers, end-term and extension decisions of `office` in `decisions`
 * (sorted by effective day; the model's `decisionsByDay`), indexed by office once per list.
 */
export function decisionsOf(decisions: readonly Decision[], office: string): OfficeDecisions {
  let index = byOffice.get(decisions);
  if (!index) {
    const made = new Map<string, OfficeDecisions>();
    decisions.forEach((d) => {
      if (d.type !== 'appoint' && d.type !== 'handover' && d.type !== 'end-term' && d.type !== 'extend') return;
      let entry = made.get(d.office);
      if (!entry) made.set(d.office, (entry = { starts: [], ends: [], extensions: [] }));
      if (d.type === 'end-term') entry.ends.push(d);
      else if (d.type === 'extend') entry.extensions.push(d);
      else entry.starts.push(d);
    });
    byOffice.set(decisions, (index = made));
  }
  return index.get(office) ?? { starts: [], ends: [], extensions: [] };
}

const exceptionsByModel = new WeakMap<{ readonly record: Pick<OrganizationRecord, 'decisions'> }, Map<string, readonly RotationException[]>>();
/** An office's rotation exceptions in effective-day order, grouped once per model (a replay runs per rule version). */
export function exceptionsOf(model: { readonly record: Pick<OrganizationRecord, 'decisions'> }, office: string): readonly RotationException[] {
  let byOffice = exceptionsByModel.get(model);
  if (!byOffice) {
    const grouped = new Map<string, RotationException[]>();
    model.record.decisions.forEach((d) => {
      if (d.type !== 'skip' && d.type !== 'defer' && d.type !== 'swap' && d.type !== 'replace') return;
      const list = grouped.get(d.office);
      if (list) list.push(d);
      else grouped.set(d.office, [d]);
    });
    // A stable sort: same-day exceptions keep the record's order.
    for (const list of grouped.values()) list.sort(byDay);
    exceptionsByModel.set(model, (byOffice = grouped));
  }
  return byOffice.get(office) ?? [];
}

// Roster changes: the days some party's standing or names change, for the alphabetical orders.
const standings = new WeakMap<Roster, Map<PlainDate, string[]>>();

/** The parties whose standing changes on each day. */
export function standingChanges(model: Roster): Map<PlainDate, string[]> {
  let byDay = standings.get(model);
  if (!byDay) {
    byDay = new Map();
    for (const [party, periods] of model.membership)
      for (const p of periods) {
        const list = byDay.get(p.start);
        if (list) list.push(party);
        else byDay.set(p.start, [party]);
      }
    standings.set(model, byDay);
  }
  return byDay;
}

const nameDays = new WeakMap<Roster, Set<PlainDate>>();

/** The days on which some party's names change (a rename): there an order must be rebuilt. */
export function nameChangeDays(model: Roster): Set<PlainDate> {
  let days = nameDays.get(model);
  if (!days) {
    days = new Set();
    for (const versions of model.partyNames.values()) for (const v of versions.slice(1)) days.add(v.start);
    nameDays.set(model, days);
  }
  return days;
}

/** What decides how an alphabetical order files parties: the sort keys' language and form, the collation. */
export const filingOf = (order: Extract<RotationOrder, { kind: 'alphabetical' }>) => `${order.language}|${order.nameForm ?? ''}|${order.collation ?? ''}`;

// An alphabetical order's spans (its order between two roster changes), by span index: cached
// because a projection asks for the same span for every period until the roster changes.
const spansByOrder = new WeakMap<Roster, Map<AlphabeticalOrder, Map<number, AlphabeticalSpan>>>();

/** The spans of `order`, shared with every order of the model that files the same parties alike. */
export function alphabeticalSpans(model: Roster, order: AlphabeticalOrder): Map<number, AlphabeticalSpan> {
  let byOrder = spansByOrder.get(model);
  if (!byOrder) spansByOrder.set(model, (byOrder = new Map()));
  let spans = byOrder.get(order);
  if (!spans) {
    // Orders that file the same parties alike (language, name form, collation, and the same
    // eligible parties) share their spans: every office and rule version has its own order
    // object, and each rebuilt every span (20 offices × 200 roster changes × 2,000 parties).
    const among = model.eligibleAmong.get(order);
    const same = [...byOrder.keys()].find((o) => filingOf(o) === filingOf(order) && model.eligibleAmong.get(o) === among);
    byOrder.set(order, (spans = same ? byOrder.get(same)! : new Map()));
  }
  return spans;
}

// Every sort key's rank under one filing (language, name form, collation): ranked once, so spans
// sort by integers rather than by the collator (built by rules/order.ts's keyRanks).
const rankCaches = new WeakMap<Roster, Map<string, Map<string, number>>>();

/** The model's key ranks, by filing ({@link filingOf}). */
export function keyRanksByFiling(model: Roster): Map<string, Map<string, number>> {
  let byFiling = rankCaches.get(model);
  if (!byFiling) rankCaches.set(model, (byFiling = new Map()));
  return byFiling;
}

/** Seats ending and filled by day, for the unfilled seats of a roster (query/_roster.ts). */
export interface RosterIndex {
  /** The days term-limited memberships ended, sorted. */
  readonly days: PlainDate[];
  /** The parties whose terms ended on each of those days. */
  readonly ending: Map<PlainDate, string[]>;
  /** The days admissions with a term began, sorted. */
  readonly filling: PlainDate[];
}
const memo = new WeakMap<Model, RosterIndex>();

export function rosterIndex(model: Model): RosterIndex {
  let index = memo.get(model);
  if (!index) {
    const ending = new Map<PlainDate, string[]>();
    const filling: PlainDate[] = [];
    for (const periods of model.membership.values()) {
      for (const p of periods) {
        if (p.expiry) ending.set(p.start, [...(ending.get(p.start) ?? []), p.party]);
        else if (p.status === 'member' && p.termEnd !== undefined) filling.push(p.start);
      }
    }
    index = { days: [...ending.keys()].sort(), ending, filling: filling.sort() };
    memo.set(model, index);
  }
  return index;
}

// An office's timeline (its recorded periods, then its continuation, computed as far as asked):
// cached so that every question about the office extends one timeline (query/_timeline.ts).
export const timelines = new WeakMap<Model, Map<string, OfficeTimeline>>();

// A period's last confirmation (null: none), by period: periods are made once per timeline
// (query/certainty.ts).
export const confirmations = new WeakMap<Tenure, Confirmation | null>();

// How sure a period is, when that does not depend on the day asked (everything but a presumed
// holder's): holderOn asks it on every call, and working it out scans the record's offices, rules,
// gaps and disputes (query/certainty.ts).
export const certainties = new WeakMap<Tenure, { readonly certainty: Exclude<Certainty, 'uncertain' | 'presumed'> }>();

// A calendar grid's days (anchor + k × every), by duration then anchor then k: audits and
// projections ask for the same days again and again (rules/grid.ts).
export const gridDays = new WeakMap<DurationParts, Map<PlainDate, Map<number, PlainDate>>>();
