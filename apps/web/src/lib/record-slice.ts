import type { OrganizationRecord } from '@turnus/core';

/**
 * The part of a record the islands need (the engine's facts and the names they show), without
 * what only the prerendered pages show: the sources' titles and quotes, notes, the text of gaps
 * and disputes, careers, rule texts. The islands fetch this instead of the whole record (a third
 * of its size). What the core reads to say how sure an answer is stays: each source's id and
 * day, the sources of decisions and rules, the rules' grades (an inferred rule is said so), the attestations, and the offices, days and decisions that gaps
 * and disputes concern, and their descriptions (the core quotes them as what could change an answer) — so an island answers as the prerendered page does.
 */
export function islandSlice(record: OrganizationRecord): OrganizationRecord {
  const drop = <T extends object>(value: T, keys: readonly string[]): T => Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k))) as T;
  const keep = <T extends object>(value: T, keys: readonly string[]): T => Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k))) as T;
  const noted = ['note', 'notes', 'sources', 'quote', 'grade', 'url', 'reasoning'];
  return {
    ...record,
    organization: drop(record.organization, ['sources', 'note', 'affiliatedWith', 'languages']),
    // A presumed holder's last confirmation names its source's publisher and day.
    sources: record.sources.map((x) => ({ id: x.id, publisher: x.publisher, ...(x.date !== undefined ? { date: x.date } : {}) })),
    // The core quotes a gap's description or a dispute's subject as what could change an answer.
    gaps: (record.gaps ?? []).map((g) => keep(g, ['id', 'office', 'from', 'to', 'concerns', 'description'])),
    disputes: (record.disputes ?? []).map((d) => keep(d, ['id', 'concerns', 'about'])),
    ...(record.attestations ? { attestations: record.attestations.map((a) => drop(a, ['note'])) } : {}),
    parties: record.parties.map((p) => drop(p, noted)),
    people: record.people.map((p) => drop(p, [...noted, 'career', 'transliterations'])),
    offices: record.offices.map((o) => ({ ...drop(o, noted), rules: o.rules.map((r) => drop(r, [...noted.filter((k) => k !== 'sources' && k !== 'grade'), 'text', 'textLanguage'])) })),
    summits: record.summits.map((s) => drop(s, [...noted, 'theme', 'venue'])),
    decisions: record.decisions.map((d) => drop(d, noted.filter((k) => k !== 'sources'))),
  } as OrganizationRecord;
}
