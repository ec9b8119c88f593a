import { afterLatestDay, earliestDay, minDate, precisionOf, type PlainDate } from '../calendar/plain-date';
import type { Decision, EndTermDecision, ExtendDecision, RenameDecision } from '../schema/decision';
import type { NameForms, LocalizedNames } from '../schema/common';
import type { Office } from '../schema/office';
import type { Party } from '../schema/party';
import type { Person } from '../schema/person';
import type { OrganizationRecord } from '../schema/record';
import type { Rule, TermRule } from '../schema/rule';
import type { Source } from '../schema/source';
import type { Summit } from '../schema/summit';
import { addDurationWithin } from '../calendar/duration';
import { termEndFor } from '../rules/term';
import type { Holder, MembershipPeriod, MembershipStatus, NameVersion, Roster, Tenure } from './types';
import { assertRecord } from './_arguments';
import { byDay, effectiveDay } from './_days';
import { decisionsOf } from './indexes';
import { membershipOn, namesOn } from './_membership';

export { byDay, effectiveDay, decisionsOf, membershipOn, namesOn };
export type { NameVersion, Roster } from './types';


/**
 * A record compiled once for fast queries: lookups by id, and per office its recorded tenures in
 * order (an office's timeline, `query/_timeline.ts`, keeps their start days for binary search).
 */
export interface Model extends Roster {
  readonly record: OrganizationRecord;
  readonly parties: ReadonlyMap<string, Party>;
  readonly people: ReadonlyMap<string, Person>;
  readonly offices: ReadonlyMap<string, Office>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly decisions: ReadonlyMap<string, Decision>;
  /** The decisions in the order they took effect. */
  readonly decisionsByDay: readonly Decision[];
  readonly summits: readonly Summit[];
  readonly tenures: LazyLookup<readonly Tenure[]>;
  readonly organizationNames: readonly NameVersion[];
}


/** For a decision dated imprecisely, the exclusive end of the window in which it took effect. */
export function uncertainUntil(decision: Decision): PlainDate | undefined {
  if ((decision as { effective?: PlainDate }).effective) return undefined;
  if (precisionOf(decision.date) === 'day') return undefined;
  const after = afterLatestDay(decision.date);
  // Known in effect by `notAfter`: from that day on, the change has certainly happened.
  return decision.notAfter ? minDate(after, decision.notAfter) : after;
}


/** Decisions in the order they took effect; same-day ties keep a chain (A→B before B→C), then ids. */
export function byEffectiveDay(a: Decision, b: Decision, da = effectiveDay(a), db = effectiveDay(b)): number {
  if (da !== db) return da < db ? -1 : 1;
  if (a.type === 'handover' && b.type === 'handover') {
    if (a.from !== undefined && a.from === b.to) return 1;
    if (b.from !== undefined && b.from === a.to) return -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `decisions` sorted by {@link byEffectiveDay}, each decision's day computed once, not once per comparison. */
function sortByEffectiveDay(decisions: readonly Decision[]): Decision[] {
  const keyed = decisions.map((d) => ({ d, day: effectiveDay(d) }));
  keyed.sort((a, b) => byEffectiveDay(a.d, b.d, a.day, b.day));
  return keyed.map((k) => k.d);
}

/** The rule versions of `office` in force on `date`, practice first. */
export function rulesOn(office: Office, date: PlainDate): Rule[] {
  const found = office.rules.filter(
    (rule) => earliestDay(rule.from) <= date && (rule.to === undefined || date < earliestDay(rule.to)),
  );
  return found.sort((a, b) => (a.role === b.role ? 0 : a.role === 'practice' ? -1 : 1));
}

/**
 * The rule that projections follow on `date` (of `kind`, when given): the practice where
 * recorded, else the stated rule. A plain loop: projections ask this for every period.
 */
export function governingRule(office: Office, date: PlainDate, kind?: Rule['kind']): Rule | undefined {
  let stated: Rule | undefined;
  for (const rule of office.rules) {
    if ((kind && rule.kind !== kind) || earliestDay(rule.from) > date || (rule.to !== undefined && date >= earliestDay(rule.to))) continue;
    if (rule.role === 'practice') return rule;
    stated ??= rule;
  }
  return stated;
}

const STATUS_OF: Partial<Record<Decision['type'], MembershipStatus>> = {
  admit: 'member',
  observer: 'observer',
  suspend: 'suspended',
  reinstate: 'member',
  withdraw: 'withdrawn',
};

function compileMembership(decisions: readonly Decision[]): Map<string, MembershipPeriod[]> {
  const byParty = new Map<string, MembershipPeriod[]>();
  // Term-limited memberships (elected seats) end on their own unless a decision ends them first.
  const expiries: { day: PlainDate; period: MembershipPeriod }[] = [];
  const push = (party: string, period: MembershipPeriod) => {
    const list = byParty.get(party) ?? [];
    const last = list[list.length - 1];
    if (last) list[list.length - 1] = { ...last, end: period.start };
    list.push(period);
    byParty.set(party, list);
  };
  const flush = (until: PlainDate | null) => {
    expiries.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    while (expiries.length > 0 && (until === null || expiries[0]!.day <= until)) {
      const { day, period } = expiries.shift()!;
      const list = byParty.get(period.party)!;
      if (list[list.length - 1]!.decision !== period.decision) continue;
      push(period.party, { party: period.party, status: 'withdrawn', start: day, startPrecision: 'day', end: null, decision: period.decision, sources: period.sources, expiry: true });
    }
  };
  // forEach, not for…of: a loop run once per record is not optimized, and its iterator made an
  // object per decision (4 MB at 100,000 decisions, for each such loop).
  decisions.forEach((d) => {
    const status = STATUS_OF[d.type];
    if (!status || !('party' in d) || d.party === undefined) return;
    const start = effectiveDay(d);
    flush(start);
    // A term that would end after 9999-12-31 has no end in the calendar (not "until its last day").
    const termEnd = d.type === 'admit' ? (d.until ?? (d.term ? addDurationWithin(start, d.term) : undefined)) : undefined;
    const period: MembershipPeriod = {
      party: d.party,
      status,
      start,
      startPrecision: precisionOf(d.date),
      end: null,
      decision: d.id,
      sources: d.sources ?? [],
      ...(termEnd ? { termEnd } : {}),
      ...(d.type === 'admit' && d.seat ? { seat: d.seat } : {}),
    };
    push(d.party, period);
    if (termEnd) expiries.push({ day: termEnd, period });
  });
  flush(null);
  return byParty;
}


function compileTenures(office: Office, decisions: readonly Decision[], people: ReadonlyMap<string, Person>): Tenure[] {
  const { starts, ends, extensions } = decisionsOf(decisions, office.id);
  // Ends and extensions are matched in one sweep: all lists are in effective-day order, so the
  // first candidate for each tenure only moves forward.
  const startDays = starts.map(effectiveDay);
  const endDays = ends.map(effectiveDay);
  const extensionDays = extensions.map(effectiveDay);
  const concerns = (e: EndTermDecision | ExtendDecision, holder: Holder) => (e.person === undefined || e.person === holder.person) && (e.party === undefined || e.party === holder.party);
  let firstEnd = 0;
  let firstExtension = 0;
  // A rotation's extension that names a party concerns its period under way on its date, or its
  // next one: one decided a few days before the party's turn begins is that turn's. Each party's
  // last end so far says which dates fall between its turns ('~', after every date, for an open one).
  const early = office.heldBy === 'party' ? extensions.filter((e) => e.party !== undefined) : [];
  const lastEnd = new Map<string | null, PlainDate>();
  const tenures: Tenure[] = [];
  starts.forEach((d, i) => {
    const start = startDays[i]!;
    const next = starts[i + 1];
    let end: PlainDate | null = next ? startDays[i + 1]! : null;
    const holder: Holder =
      d.type === 'handover'
        ? { party: d.to, person: null }
        : { party: d.party ?? (d.person ? people.get(d.person)?.nationality : undefined) ?? null, person: d.person ?? null };
    while (firstEnd < ends.length && endDays[firstEnd]! < start) firstEnd++;
    let ownEnd: EndTermDecision | undefined;
    for (let j = firstEnd; j < ends.length && (end === null || endDays[j]! <= end); j++) {
      if (concerns(ends[j]!, holder)) {
        ownEnd = ends[j]!;
        break;
      }
    }
    if (ownEnd) end = effectiveDay(ownEnd);
    while (firstExtension < extensions.length && extensionDays[firstExtension]! < start) firstExtension++;
    const ownExtensions: ExtendDecision[] = [];
    if (early.length > 0) {
      const since = lastEnd.get(holder.party) ?? '';
      for (const e of early) if (e.party === holder.party && effectiveDay(e) < start && effectiveDay(e) >= since) ownExtensions.push(e);
      lastEnd.set(holder.party, end ?? '~');
    }
    for (let j = firstExtension; j < extensions.length && (end === null || extensionDays[j]! < end); j++) if (concerns(extensions[j]!, holder)) ownExtensions.push(extensions[j]!);
    const used = ownExtensions.length === 0 && !ownEnd ? [d] : [d, ...ownExtensions, ...(ownEnd ? [ownEnd] : [])];
    const rule = d.type === 'appoint' ? termRuleOn(office, start) : undefined;
    // An extension for a length no source gives leaves the term's end unknown.
    // A later extension that gives its length or end replaces the unknown end.
    const lastExtension = ownExtensions[ownExtensions.length - 1];
    const termEndUnknown = rule !== undefined && lastExtension !== undefined && lastExtension.for === undefined && lastExtension.until === undefined;
    const termEnd = rule && d.type === 'appoint' && !termEndUnknown ? termEndFor(rule, d, ownExtensions) : undefined;
    const window = uncertainUntil(d);
    // A term that began on a day the sources do not give ends in a window as wide.
    const termEndWindow = termEnd && window && !ownExtensions.some((e) => e.until !== undefined) ? addDurationWithin(window, d.type === 'appoint' && d.term ? d.term : rule!.length) : undefined;
    const after = next && end === startDays[i + 1] ? uncertainUntil(next) : undefined;
    // Optional fields are assigned in their place, not spread in: five spreads per tenure cost
    // more than the rest of this loop on a record of 100,000 periods (same keys, same order).
    const tenure = { office: office.id, holder, start, startPrecision: d.effective ? 'day' : precisionOf(d.date) } as { -readonly [K in keyof Tenure]: Tenure[K] };
    if (window) tenure.startUncertainUntil = window;
    tenure.end = end;
    if (after) {
      tenure.endUncertainUntil = after;
      tenure.endPrecision = precisionOf(next!.date);
    }
    tenure.basis = 'recorded';
    if (termEnd) tenure.termEnd = termEnd;
    if (termEndWindow) tenure.termEndUncertainUntil = termEndWindow;
    if (termEndUnknown) tenure.termEndUnknown = true;
    tenure.decisions = used.map((u) => u.id);
    // The decisions' sources, each once, in order (a Set per tenure cost more than the rest of it).
    const sources: string[] = used.length === 1 ? (d.sources ?? []) : [];
    if (used.length > 1) for (const u of used) for (const id of u.sources ?? []) if (!sources.includes(id)) sources.push(id);
    tenure.sources = sources;
    tenures.push(tenure);
  });
  return tenures;
}

/** The term rule in force on `date`, if the office has one. */
export function termRuleOn(office: Office, date: PlainDate): TermRule | undefined {
  // As rulesOn(office, date).find(term), without building the list: the practice first, then the stated rule.
  return governingRule(office, date, 'term') as TermRule | undefined;
}

function compileNames(base: LocalizedNames, baseSort: Record<string, string> | undefined, renames: readonly RenameDecision[]): NameVersion[] {
  const versions: NameVersion[] = [{ start: '0000-01-01', names: base, sortNames: baseSort, decision: null }];
  for (const d of renames) versions.push({ start: effectiveDay(d), names: d.names, sortNames: d.sortNames, decision: d.id });
  return versions;
}

/** Values by key, computed the first time each is asked for. */
export interface LazyLookup<T> {
  get(key: string): T | undefined;
}

function lazyMap<T>(make: (key: string) => T | undefined): LazyLookup<T> {
  const values = new Map<string, T | undefined>();
  return {
    get(key) {
      if (!values.has(key)) values.set(key, make(key));
      return values.get(key);
    },
  };
}

const cache = new WeakMap<OrganizationRecord, Model>();

/**
 * Freezes `value` and everything it holds, as `@turnus/data` freezes its records. An object
 * already frozen is taken as frozen all the way down (so a frozen record costs nothing, and a
 * shared or circular object is walked once); a loop with its own stack, not recursion, so no
 * nesting overflows the call stack.
 */
export function freezeDeep(value: object): void {
  if (Object.isFrozen(value)) return;
  const stack: object[] = [value];
  Object.freeze(value);
  while (stack.length) {
    const next = stack.pop()! as Record<string, unknown>;
    for (const key of Object.keys(next)) {
      const child = next[key];
      // Array-buffer views cannot be frozen; a record (JSON data) has none.
      if (typeof child !== 'object' || child === null || Object.isFrozen(child) || ArrayBuffer.isView(child)) continue;
      Object.freeze(child);
      stack.push(child);
    }
  }
}

/**
 * Compiles a record into a {@link Model}. The result is cached per record object, so repeated
 * queries on one record compile it once.
 *
 * Records are immutable values: a cached model answers for the record as it was compiled, so on
 * its first compile the record is frozen all the way down (as `@turnus/data`'s are). Changing it
 * afterwards throws a TypeError (in strict mode; elsewhere the change is ignored), never leaves
 * answers that no longer match it. To change a record, make a new one (`{ ...record, decisions:
 * [...record.decisions, d] }`, or `applyChanges`): entries it shares are frozen already.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` does not have the shape of a record.
 */
export function compile(record: OrganizationRecord): Model {
  const cached = cache.get(record);
  if (cached) return cached;
  assertRecord(record);
  freezeDeep(record);
  return build(record);
}

/**
 * {@link compile} for a record this library made itself and gives to no caller (validation's
 * parse, which keeps the caller's lists in place): not frozen, since freezing it would freeze
 * the lists of an input that validation only reads, and no caller can change the record itself.
 */
export function compileOwnCopy(record: OrganizationRecord): Model {
  return cache.get(record) ?? build(record);
}

function build(record: OrganizationRecord): Model {
  const decisions = sortByEffectiveDay(record.decisions);
  const people = new Map(record.people.map((p) => [p.id, p]));
  const offices = new Map(record.offices.map((o) => [o.id, o]));
  // Each office's tenures are compiled the first time they are asked for: `turnus who chair`
  // need not compile the Secretary-General's.
  const tenures = lazyMap((id) => {
    const office = offices.get(id);
    return office && compileTenures(office, decisions, people);
  });
  const partyNames = new Map<string, NameVersion[]>();
  // Renames grouped by party first: one pass over the decisions, not one per party.
  const renames = new Map<string | undefined, RenameDecision[]>();
  decisions.forEach((d) => {
    if (d.type !== 'rename') return;
    const list = renames.get(d.party);
    if (list) list.push(d);
    else renames.set(d.party, [d]);
  });
  for (const party of record.parties) partyNames.set(party.id, compileNames(party.names, party.sortNames, renames.get(party.id) ?? []));
  const membership = compileMembership(decisions);
  const changes = new Set<PlainDate>();
  for (const periods of membership.values()) for (const p of periods) changes.add(p.start);
  for (const versions of partyNames.values()) for (const v of versions) changes.add(v.start);
  let byId: Map<string, Decision> | undefined;
  const model: Model = {
    record,
    parties: new Map(record.parties.map((p) => [p.id, p])),
    people,
    offices,
    sources: new Map(record.sources.map((s) => [s.id, s])),
    // Built on first use: who holds an office never asks for a decision by id, and a map of
    // 100,000 entries costs more than the rest of a compile of an office's tenures.
    get decisions() {
      if (!byId) {
        byId = new Map();
        record.decisions.forEach((d) => byId!.set(d.id, d));
      }
      return byId;
    },
    decisionsByDay: decisions,
    summits: [...record.summits].sort((a, b) => (earliestDay(a.date) < earliestDay(b.date) ? -1 : earliestDay(a.date) > earliestDay(b.date) ? 1 : a.id < b.id ? -1 : 1)),
    tenures,
    membership,
    organizationNames: compileNames(record.organization.names, undefined, renames.get(undefined) ?? []),
    partyNames,
    changeDays: [...changes].sort(),
    eligibleAmong: eligibleSubsets(record),
  };
  cache.set(record, model);
  return model;
}

function eligibleSubsets(record: OrganizationRecord): Map<object, ReadonlySet<string>> {
  const out = new Map<object, ReadonlySet<string>>();
  let founders: Set<string> | undefined;
  for (const office of record.offices) {
    for (const rule of office.rules) {
      if (rule.kind !== 'rotation' || rule.eligible === undefined || rule.eligible === 'members') continue;
      if (rule.eligible === 'founding-members') {
        founders ??= new Set(record.decisions.flatMap((d) => (d.type === 'admit' && d.founding ? [d.party] : [])));
        out.set(rule.order, founders);
      } else out.set(rule.order, new Set(rule.eligible.parties));
    }
  }
  return out;
}


/** A party's name in `language` on `date` (falling back to English, then to any language, then the id). */
export function partyName(model: Model, party: string, date: PlainDate, language = 'en', form: 'name' | 'official' = 'name'): string {
  const versions = model.partyNames.get(party);
  if (!versions) return party;
  const names = namesOn(versions, date).names;
  const forms: NameForms | undefined = names[language] ?? names.en ?? Object.values(names)[0];
  if (!forms) return party;
  return form === 'official' ? (forms.official ?? forms.name) : forms.name;
}

