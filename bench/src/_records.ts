// Synthetic records for the benchmarks: plain objects typed `OrganizationRecord`, built the way a
// record file would state them (decisions are the only facts; periods and membership are derived).
import type { Decision, OrganizationRecord, Party, Rule, Source } from '@turnus/core';

/** Every synthetic history starts on this Monday; a period is one week (`P1W`). */
export const ANCHOR = '2000-01-03';
const ANCHOR_MS = Date.UTC(2000, 0, 3);
const DAY_MS = 86_400_000;

/** A day `days` after {@link ANCHOR}, as `YYYY-MM-DD` (UTC arithmetic: no zone can move it). */
export function dayAfterAnchor(days: number): string {
  return new Date(ANCHOR_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** The start of the `k`-th weekly period. */
export function week(k: number): string {
  return dayAfterAnchor(7 * k);
}

/** A small, seeded PRNG (mulberry32): the same sequence on every machine and every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = ['ka', 'ze', 'mo', 'ri', 'ta', 'lu', 'ne', 'sa', 'vo', 'bi', 'do', 'fe', 'gu', 'ha', 'ji', 'pe', 'qu', 'ro', 'si', 'tu', 'wa', 'xi', 'yo', 'an', 'el', 'or'];

/** `count` distinct, pronounceable country-like names ("Kazemo", "Rilune"…), seeded. */
function names(count: number, seed: number): string[] {
  const next = random(seed);
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const length = 2 + Math.floor(next() * 3);
    let name = '';
    for (let i = 0; i < length; i++) name += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    const capitalized = name[0]!.toUpperCase() + name.slice(1) + (next() < 0.3 ? 'ia' : next() < 0.5 ? 'stan' : '');
    if (seen.has(capitalized.toLowerCase())) continue;
    seen.add(capitalized.toLowerCase());
    out.push(capitalized);
  }
  return out;
}

/** Parties `p00000`, `p00001`… (custom party ids) with generated English names. */
export function parties(count: number, seed = 7): Party[] {
  return names(count, seed).map((name, i) => ({ id: `p${String(i).padStart(5, '0')}`, kind: 'state', names: { en: { name } } }));
}

/**
 * The order the engine files parties in for `{ kind: 'alphabetical', language: 'en' }`: English
 * names under `Intl.Collator('en', { sensitivity: 'base', numeric: true })`, ties by id.
 */
export function alphabetical(list: readonly Party[]): Party[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...list].sort((a, b) => collator.compare(a.names.en!.name, b.names.en!.name) || (a.id < b.id ? -1 : 1));
}

/** `count` sources `s0`, `s1`…; decision `i` cites source `i mod count`. */
export function sources(count: number): Source[] {
  return Array.from({ length: count }, (_, i) => ({ id: `s${i}`, title: `Communiqué ${i}`, url: `https://example.org/communiques/${i}`, publisher: 'Example Secretariat', tier: 'official' }));
}

/** A weekly rotation in English alphabetical order among full members, from {@link ANCHOR}. */
export function weeklyAlphabeticalRule(anchor = ANCHOR, every = 'P1W'): Rule {
  return {
    id: every === 'P1W' ? 'weekly-alphabetical' : 'alphabetical',
    role: 'practice',
    kind: 'rotation',
    from: anchor,
    trigger: { kind: 'calendar', every, anchor },
    order: { kind: 'alphabetical', language: 'en' },
    eligible: 'members',
    sources: ['s0'],
  };
}

function shell(parts: Pick<OrganizationRecord, 'parties' | 'sources' | 'decisions'> & { asOf: string }, rule = weeklyAlphabeticalRule()): OrganizationRecord {
  return {
    formatVersion: 1,
    organization: {
      id: 'synthetic',
      names: { en: { name: 'Synthetic Organization' } },
      founded: { date: typeof rule.from === 'string' && rule.from < ANCHOR ? rule.from : ANCHOR, place: 'Benchville', sources: ['s0'] },
    },
    asOf: parts.asOf,
    sources: parts.sources,
    parties: parts.parties,
    people: [],
    offices: [{ id: 'chair', names: { en: 'Chair' }, heldBy: 'party', rules: [rule] }],
    summits: [],
    decisions: parts.decisions,
  };
}

/**
 * A record of `periods` weekly chair periods (`periods` handovers) among 12 founding members in
 * alphabetical order: the history the holder-on-date benchmark queries. Period `k` starts on
 * `week(k)`; the last one is still running.
 */
export function historyRecord(periods: number): OrganizationRecord {
  const members = alphabetical(parties(12));
  const decisions: Decision[] = members.map((p) => ({ id: `admit-${p.id}`, type: 'admit', party: p.id, date: ANCHOR, founding: true, sources: ['s0'] }));
  for (let k = 0; k < periods; k++) {
    decisions.push({
      id: `handover-${k}`,
      type: 'handover',
      office: 'chair',
      ...(k > 0 ? { from: members[(k - 1) % members.length]!.id } : {}),
      to: members[k % members.length]!.id,
      date: week(k),
      sources: [`s${k % 100}`],
    });
  }
  return shell({ parties: members, sources: sources(100), decisions, asOf: week(periods) });
}

/**
 * A record for projections: 12 founding members, one recorded handover on `anchor`, and a roster
 * change on 15 March of every year for `years` years, all after "today" (`anchor`): an admission
 * in even years (and in odd years while fewer than six later members remain), else a withdrawal
 * of the longest-standing later member. A projection re-orders the rotation once a year. The
 * rotation is alphabetical among full members, every `every` from `anchor`.
 */
export function projectionRecord(years: number, anchor = ANCHOR, every = 'P1W'): OrganizationRecord {
  const pool = parties(12 + years);
  const founders = pool.slice(0, 12);
  const decisions: Decision[] = founders.map((p) => ({ id: `admit-${p.id}`, type: 'admit', party: p.id, date: anchor, founding: true, sources: ['s0'] }));
  const first = alphabetical(founders)[0]!;
  decisions.push({ id: 'handover-0', type: 'handover', office: 'chair', to: first.id, date: anchor, sources: ['s0'] });
  const firstYear = Number(anchor.slice(0, 4));
  let admitted = 0;
  let withdrawn = 0;
  for (let y = 1; y <= years; y++) {
    const date = `${String(firstYear + y).padStart(4, '0')}-03-15`;
    if (y % 2 === 0 || withdrawn + 5 >= admitted) {
      const party = pool[12 + admitted++]!;
      decisions.push({ id: `admit-${party.id}`, type: 'admit', party: party.id, date, sources: [`s${y % 100}`] });
    } else {
      const party = pool[12 + withdrawn++]!;
      decisions.push({ id: `withdraw-${party.id}`, type: 'withdraw', party: party.id, date, sources: [`s${y % 100}`] });
    }
  }
  return shell({ parties: pool.slice(0, 12 + admitted), sources: sources(100), decisions, asOf: anchor }, weeklyAlphabeticalRule(anchor, every));
}

/**
 * A valid record of `count` decisions for validation: `count / 50` parties, nine in ten admitted
 * at the founding and the rest one at a time over the history (each admission re-orders the
 * rotation), and weekly handovers for the remaining decisions that follow the alphabetical
 * rotation exactly (each names the outgoing holder), so that every semantic check runs and the
 * audit finds no departure. Each decision cites one of `count / 100` sources.
 */
export function validationRecord(count: number): OrganizationRecord {
  const all = parties(Math.max(12, Math.round(count / 50)));
  const later = Math.floor(all.length / 10);
  const founders = all.slice(0, all.length - later);
  const joiners = all.slice(all.length - later);
  const handovers = count - all.length;
  const sourceCount = Math.max(1, Math.round(count / 100));
  const decisions: Decision[] = founders.map((p, i) => ({ id: `admit-${p.id}`, type: 'admit', party: p.id, date: ANCHOR, founding: true, sources: [`s${i % sourceCount}`] }));
  // Admissions on Wednesdays spread evenly over the history; handovers on the Mondays of the grid.
  const spacing = Math.floor(handovers / (later + 1));
  const admissionDay = (j: number) => 7 * spacing * (j + 1) + 2;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const compare = (a: Party, b: Party) => collator.compare(a.names.en!.name, b.names.en!.name) || (a.id < b.id ? -1 : 1);
  const order = alphabetical(founders);
  let nextJoiner = 0;
  let holder = 0;
  for (let k = 0; k < handovers; k++) {
    while (nextJoiner < joiners.length && admissionDay(nextJoiner) < 7 * k) {
      const joiner = joiners[nextJoiner]!;
      decisions.push({ id: `admit-${joiner.id}`, type: 'admit', party: joiner.id, date: dayAfterAnchor(admissionDay(nextJoiner)), sources: [`s${decisions.length % sourceCount}`] });
      // Insert in order; the holder's place moves when the joiner files before it.
      let at = order.findIndex((p) => compare(joiner, p) < 0);
      if (at === -1) at = order.length;
      order.splice(at, 0, joiner);
      if (at <= holder && k > 0) holder++;
      nextJoiner++;
    }
    const to = k === 0 ? 0 : (holder + 1) % order.length;
    decisions.push({
      id: `handover-${k}`,
      type: 'handover',
      office: 'chair',
      ...(k > 0 ? { from: order[holder]!.id } : {}),
      to: order[to]!.id,
      date: week(k),
      sources: [`s${decisions.length % sourceCount}`],
    });
    holder = to;
  }
  return shell({ parties: all, sources: sources(sourceCount), decisions, asOf: week(handovers) });
}
