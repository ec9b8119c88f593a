import type { OrganizationRecord } from '@turnus/core';

/**
 * The part of a record the islands need (the engine's facts and the names they show), without
 * what only the prerendered pages show: sources and their quotes, notes, gaps, disputes, careers,
 * rule texts. The islands fetch this instead of the whole record (a third of its size).
 */
export function islandSlice(record: OrganizationRecord): OrganizationRecord {
  const drop = <T extends object>(value: T, keys: readonly string[]): T => Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k))) as T;
  const noted = ['note', 'notes', 'sources', 'quote', 'grade', 'url', 'reasoning'];
  return {
    ...record,
    organization: drop(record.organization, ['sources', 'note', 'affiliatedWith', 'languages']),
    sources: [],
    gaps: [],
    disputes: [],
    parties: record.parties.map((p) => drop(p, noted)),
    people: record.people.map((p) => drop(p, [...noted, 'career', 'transliterations'])),
    offices: record.offices.map((o) => ({ ...drop(o, noted), rules: o.rules.map((r) => drop(r, [...noted, 'text', 'textLanguage'])) })),
    summits: record.summits.map((s) => drop(s, [...noted, 'theme', 'venue'])),
    decisions: record.decisions.map((d) => drop(d, noted)),
  } as OrganizationRecord;
}
