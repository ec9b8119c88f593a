// A synthetic corpus that takes every path of the engine: many party-held offices with weekly
// alphabetical rotations and roster changes, one office governed by many consecutive rule
// versions, a summit-triggered office with a cycle order and recorded skips, and a fixed-term
// person-held office whose appointments are ended by end-term decisions (some extended).
// Every record is valid by construction: the handovers follow the rules exactly, so the checks
// and the audit run in full and report (almost) nothing. Seeded, so every run sees the same data.
import type { Decision, OrganizationRecord, Party, Person, Rule, Summit } from '@turnus/core';
import { alphabetical, ANCHOR, dayAfterAnchor, parties as makeParties, random, sources as makeSources, week } from './_records';

/** What a corpus record holds; every count may be 0 except `parties`. */
export interface CorpusSpec {
  /** Parties; nine in ten are founding members, the rest are admitted one by one over the history. */
  readonly parties: number;
  /** Party-held offices with a weekly alphabetical practice, each with this many handovers. */
  readonly alphabeticalOffices: number;
  readonly handoversPerOffice: number;
  /** One office whose weekly alphabetical practice is split into consecutive rule versions. */
  readonly ruleVersions: number;
  readonly periodsPerVersion: number;
  /** A summit-triggered office (cycle order, the host chairs): summits, one handover each; a skip every `skipEvery` summits. */
  readonly summits: number;
  readonly skipEvery: number;
  /** A fixed-term office: appointments, each ended by an end-term decision; an extension every `extendEvery`. */
  readonly appointments: number;
  readonly extendEvery: number;
}

const rotation = (id: string, extra: Partial<Rule> = {}): Rule =>
  ({ id, role: 'practice', kind: 'rotation', from: ANCHOR, trigger: { kind: 'calendar', every: 'P1W', anchor: ANCHOR }, order: { kind: 'alphabetical', language: 'en' }, eligible: 'members', sources: ['s0'], ...extra }) as Rule;

/**
 * The holders of `weeks` weekly periods under an English alphabetical rotation among full
 * members, with `joiners` admitted (on Wednesdays, evenly spread) into the order as they come.
 */
function alphabeticalSequence(founders: readonly Party[], joiners: readonly Party[], weeks: number): { holders: string[]; admissions: { party: string; date: string }[] } {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const compare = (a: Party, b: Party) => collator.compare(a.names.en!.name, b.names.en!.name) || (a.id < b.id ? -1 : 1);
  const order = alphabetical(founders);
  const spacing = Math.max(1, Math.floor(weeks / (joiners.length + 1)));
  const admissionDay = (j: number) => 7 * spacing * (j + 1) + 2;
  const holders: string[] = [];
  const admissions: { party: string; date: string }[] = [];
  let next = 0;
  let holder = 0;
  for (let k = 0; k < weeks; k++) {
    while (next < joiners.length && admissionDay(next) < 7 * k) {
      const joiner = joiners[next]!;
      admissions.push({ party: joiner.id, date: dayAfterAnchor(admissionDay(next)) });
      let at = order.findIndex((p) => compare(joiner, p) < 0);
      if (at === -1) at = order.length;
      order.splice(at, 0, joiner);
      if (at <= holder && k > 0) holder++;
      next++;
    }
    const to = k === 0 ? 0 : (holder + 1) % order.length;
    holders.push(order[to]!.id);
    holder = to;
  }
  // Joiners the history did not reach are admitted after it.
  for (; next < joiners.length; next++) admissions.push({ party: joiners[next]!.id, date: dayAfterAnchor(7 * weeks + 2 + next) });
  return { holders, admissions };
}

/** A valid record of the given shape. */
export function corpusRecord(spec: CorpusSpec): OrganizationRecord {
  const all = makeParties(Math.max(12, spec.parties));
  const later = Math.floor(all.length / 10);
  const founders = all.slice(0, all.length - later);
  const joiners = all.slice(all.length - later);
  const sourceCount = Math.max(1, Math.round(spec.parties * 2));
  const src = (i: number) => [`s${i % sourceCount}`];
  const weeks = Math.max(spec.handoversPerOffice * (spec.alphabeticalOffices > 0 ? 1 : 0), spec.ruleVersions * spec.periodsPerVersion, 1);
  const { holders, admissions } = alphabeticalSequence(founders, joiners, weeks);
  const decisions: Decision[] = founders.map((p, i) => ({ id: `admit-${p.id}`, type: 'admit', party: p.id, date: ANCHOR, founding: true, sources: src(i) }));
  for (const a of admissions) decisions.push({ id: `admit-${a.party}`, type: 'admit', party: a.party, date: a.date, sources: src(decisions.length) });
  const offices: OrganizationRecord['offices'][number][] = [];

  const handovers = (office: string, count: number) => {
    for (let k = 0; k < count; k++) {
      decisions.push({ id: `${office}-h${k}`, type: 'handover', office, ...(k > 0 ? { from: holders[k - 1]! } : {}), to: holders[k]!, date: week(k), sources: src(decisions.length) });
    }
  };
  for (let o = 0; o < spec.alphabeticalOffices; o++) {
    const id = `chair-${o}`;
    offices.push({ id, names: { en: `Chair ${o}` }, heldBy: 'party', rules: [rotation(`${id}-weekly`)] });
    handovers(id, spec.handoversPerOffice);
  }
  if (spec.ruleVersions > 0) {
    const id = 'presidency';
    const rules: Rule[] = [];
    for (let v = 0; v < spec.ruleVersions; v++) {
      const last = v === spec.ruleVersions - 1;
      rules.push(rotation(`${id}-v${v}`, { from: week(v * spec.periodsPerVersion), ...(last ? {} : { to: week((v + 1) * spec.periodsPerVersion) }) }));
    }
    offices.push({ id, names: { en: 'Presidency' }, heldBy: 'party', rules });
    handovers(id, spec.ruleVersions * spec.periodsPerVersion);
  }

  const summits: Summit[] = [];
  if (spec.summits > 0) {
    const id = 'summit-chair';
    const cycle = founders.slice(0, Math.min(8, founders.length)).map((p) => p.id);
    offices.push({ id, names: { en: 'Summit chair' }, heldBy: 'party', rules: [{ id: `${id}-host`, role: 'practice', kind: 'rotation', from: ANCHOR, trigger: { kind: 'summit' }, order: { kind: 'cycle', parties: cycle }, eligible: 'members', sources: ['s0'] }] });
    let position = 0;
    let previous: string | undefined;
    for (let s = 0; s < spec.summits; s++) {
      const date = dayAfterAnchor(28 * s + 1);
      if (s > 0 && spec.skipEvery > 0 && s % spec.skipEvery === 0) {
        // The party whose turn it is loses it: skipped a week before, the next one hosts.
        decisions.push({ id: `${id}-skip${s}`, type: 'skip', office: id, party: cycle[position % cycle.length]!, date: dayAfterAnchor(28 * s - 6), sources: src(decisions.length) });
        position++;
      }
      const host = cycle[position % cycle.length]!;
      position++;
      summits.push({ id: `summit-${s}`, ordinal: s + 1, kind: 'ordinary', mode: 'in-person', status: 'held', host, date, sources: src(s) });
      decisions.push({ id: `${id}-h${s}`, type: 'handover', office: id, ...(previous ? { from: previous } : {}), to: host, date, summit: `summit-${s}`, sources: src(decisions.length) });
      previous = host;
    }
  }

  const people: Person[] = [];
  if (spec.appointments > 0) {
    const id = 'secretary-general';
    for (let i = 0; i < 12; i++) people.push({ id: `person-${i}`, names: { en: `Person ${i}` }, nationality: founders[i % founders.length]!.id });
    offices.push({ id, names: { en: 'Secretary-General' }, heldBy: 'person', rules: [{ id: `${id}-term`, role: 'stated', kind: 'term', from: ANCHOR, length: 'P1M', start: 'appointment', extensible: true, sources: ['s0'] }] });
    // An appointment every 28 days (a one-month term), each ended by an end-term decision on the
    // next appointment's day; every `extendEvery`-th is extended by a week first.
    for (let a = 0; a < spec.appointments; a++) {
      const person = `person-${a % 12}`;
      decisions.push({ id: `${id}-a${a}`, type: 'appoint', office: id, person, date: dayAfterAnchor(28 * a), sources: src(decisions.length) });
      if (spec.extendEvery > 0 && a % spec.extendEvery === 0) decisions.push({ id: `${id}-x${a}`, type: 'extend', office: id, person, date: dayAfterAnchor(28 * a + 10), for: 'P1W', sources: src(decisions.length) });
      decisions.push({ id: `${id}-e${a}`, type: 'end-term', office: id, person, date: dayAfterAnchor(28 * (a + 1)), cause: 'resigned', sources: src(decisions.length) });
    }
  }

  const lastDay = [...decisions.map((d) => d.date), ...summits.map((s) => s.date)].sort().at(-1)!;
  return {
    formatVersion: 1,
    organization: { id: 'corpus', names: { en: { name: 'Synthetic Corpus Organization' } }, founded: { date: ANCHOR, place: 'Benchville', sources: ['s0'] } },
    asOf: lastDay,
    sources: makeSources(sourceCount),
    parties: all,
    people,
    offices,
    summits,
    decisions,
  };
}

/**
 * The varied corpus of about `n` decisions: every path at once, in fixed proportions —
 * half in alphabetical chairs (one office per 5,000 decisions), 15% in an office of rule versions
 * of 100 periods each, 10% in a summit office (summits, handovers, a skip every 20 summits), about
 * 23% in a fixed-term office (appointments, end-terms, an extension every 5th), the rest roster
 * changes (n / 50 parties). Summits are not decisions: the summit office adds n / 10.5 summits.
 */
export function variedSpec(n: number): CorpusSpec {
  const alphabeticalOffices = Math.max(1, Math.round(n / 5_000));
  return {
    parties: Math.max(12, Math.round(n / 50)),
    alphabeticalOffices,
    handoversPerOffice: Math.round((0.5 * n) / alphabeticalOffices),
    ruleVersions: Math.max(1, Math.round((0.15 * n) / 100)),
    periodsPerVersion: 100,
    summits: Math.round((0.1 * n) / 1.05),
    skipEvery: 20,
    appointments: Math.round((0.23 * n) / 2.2),
    extendEvery: 5,
  };
}

export const variedRecord = (n: number): OrganizationRecord => corpusRecord(variedSpec(n));

const NONE: CorpusSpec = { parties: 24, alphabeticalOffices: 0, handoversPerOffice: 0, ruleVersions: 0, periodsPerVersion: 100, summits: 0, skipEvery: 0, appointments: 0, extendEvery: 0 };

/**
 * The growth dimensions: for each, a record of size `x` (the small case is `x`, the large `10 x`).
 * Only the named dimension grows; the rest of the record stays as it is.
 */
export const DIMENSIONS = {
  /** The varied corpus: every path at once, x decisions. */
  decisions: { small: 10_000, make: (x: number) => variedRecord(x) },
  /** x alphabetical offices of 500 weekly handovers each. */
  offices: { small: 5, make: (x: number) => corpusRecord({ ...NONE, alphabeticalOffices: x, handoversPerOffice: 500 }) },
  /** One office, x consecutive rule versions of 100 periods each. */
  ruleVersions: { small: 10, make: (x: number) => corpusRecord({ ...NONE, ruleVersions: x, periodsPerVersion: 100 }) },
  /** A fixed-term office of x appointments, each ended by an end-term decision (every 5th extended). */
  endDecisions: { small: 1_000, make: (x: number) => corpusRecord({ ...NONE, appointments: x, extendEvery: 5 }) },
  /** A summit office: x summits, a handover at each, a skip every 20. */
  summits: { small: 1_000, make: (x: number) => corpusRecord({ ...NONE, summits: x, skipEvery: 20 }) },
} as const;

/** The first month of the roster corpus: 100,000 months from here end in the 9300s, inside the supported years. */
const ROSTER_START_YEAR = 1001;

/** The first day of the `k`-th month from January of {@link ROSTER_START_YEAR}. */
function month(k: number, day = 1): string {
  const y = ROSTER_START_YEAR + Math.floor(k / 12);
  return `${String(y).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A corpus of about `n` decisions in the shape of a user's independent one (issue 21, item 8):
 * one office, a monthly presidency in English alphabetical order among members, over a roster
 * that grows and shrinks — `partyCount` parties (2,655 by default), 150 founding members, the rest
 * admitted one by one over the history, and about a third of the members withdrawing later, in
 * waves (stretches where admissions prevail alternate with stretches where withdrawals do). Every
 * roster change falls on the 15th of a month, so each re-orders the rotation from the next
 * period. The handovers follow the rule as docs/rules.md states it (the next member after the
 * previous holder in the order of the period's start; a holder never withdraws during its own
 * period), so validation runs every check and the audit finds no departure. Seeded.
 */
export function rosterRecord(n: number, partyCount = 2_655): OrganizationRecord {
  const all = makeParties(partyCount, 11);
  const founders = all.slice(0, Math.min(150, partyCount));
  const pool = all.slice(founders.length);
  const withdrawals = Math.round(0.35 * partyCount);
  const events = pool.length + withdrawals;
  const months = Math.max(1, n - founders.length - events);
  const next = random(2_655);
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const compare = (a: Party, b: Party) => collator.compare(a.names.en!.name, b.names.en!.name) || (a.id < b.id ? -1 : 1);
  const sourceCount = Math.max(1, Math.round(n / 100));
  const src = (i: number) => [`s${i % sourceCount}`];
  const decisions: Decision[] = founders.map((p, i) => ({ id: `admit-${p.id}`, type: 'admit', party: p.id, date: month(0), founding: true, sources: src(i) }));
  const order = alphabetical(founders);
  const place = (p: Party) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(order[mid]!, p) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Roster changes: one every `months / events` months, on the 15th; whether the next one is an
  // admission or a withdrawal follows waves of ~400 changes (admissions prevail, then withdrawals).
  let admitted = 0;
  let withdrawn = 0;
  let event = 0;
  const eventMonth = (e: number) => 1 + Math.floor(((e + 0.5) * (months - 2)) / events);
  let holder: Party | undefined;
  for (let k = 0; k < months; k++) {
    const date = month(k);
    if (k > 0) {
      // The period starts on the 1st: the order is the one of that day.
      const at = place(holder!);
      const to = order[(at + 1) % order.length]!;
      decisions.push({ id: `presidency-h${k}`, type: 'handover', office: 'presidency', from: holder!.id, to: to.id, date, sources: src(decisions.length) });
      holder = to;
    } else {
      holder = order[0]!;
      decisions.push({ id: 'presidency-h0', type: 'handover', office: 'presidency', to: holder.id, date, sources: src(0) });
    }
    for (; event < events && eventMonth(event) === k; event++) {
      const wave = Math.sin((2 * Math.PI * event) / 800);
      const admit = admitted < pool.length && (withdrawn >= withdrawals || order.length < 60 || next() < 0.7 + 0.45 * wave);
      if (admit) {
        const party = pool[admitted++]!;
        order.splice(place(party), 0, party);
        decisions.push({ id: `admit-${party.id}`, type: 'admit', party: party.id, date: month(k, 15), sources: src(decisions.length) });
      } else {
        // Any member but the holder of this month's period.
        let i = Math.floor(next() * order.length);
        if (order[i] === holder) i = (i + 1) % order.length;
        const [party] = order.splice(i, 1);
        withdrawn++;
        decisions.push({ id: `withdraw-${party!.id}`, type: 'withdraw', party: party!.id, date: month(k, 15), sources: src(decisions.length) });
      }
    }
  }
  const lastDay = month(months - 1, 15);
  return {
    formatVersion: 1,
    organization: { id: 'roster-corpus', names: { en: { name: 'Monthly Presidency Organization' } }, founded: { date: month(0), place: 'Benchville', sources: ['s0'] } },
    asOf: decisions.reduce((max, d) => (d.date > max ? d.date : max), lastDay),
    sources: makeSources(sourceCount),
    parties: all,
    people: [],
    offices: [{ id: 'presidency', names: { en: 'Presidency' }, heldBy: 'party', rules: [{ id: 'presidency-monthly', role: 'practice', kind: 'rotation', from: month(0), trigger: { kind: 'calendar', every: 'P1M', anchor: month(0) }, order: { kind: 'alphabetical', language: 'en' }, eligible: 'members', sources: ['s0'] } as Rule] }],
    summits: [],
    decisions,
  };
}
