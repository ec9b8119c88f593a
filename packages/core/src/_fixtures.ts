// Small builders for test records. Never re-exported: tests only.
import type { Decision } from './schema/decision';
import type { Office } from './schema/office';
import type { Party } from './schema/party';
import type { OrganizationRecord } from './schema/record';
import type { Rule } from './schema/rule';

type WithoutId<T> = T extends unknown ? Omit<T, 'id' | 'sources'> & { id?: string; sources?: string[] } : never;

/** A state party with an English name (and optional sort name). */
export function state(id: string, name: string, sortName?: string): Party {
  return { id, kind: 'state', names: { en: { name } }, ...(sortName ? { sortNames: { en: sortName } } : {}) };
}

/** A party-held office governed by the given rules. */
export function chairOffice(...rules: Rule[]): Office {
  return { id: 'chair', names: { en: 'Chair' }, heldBy: 'party', rules };
}

/** A person-held office governed by the given rules. */
export function termOffice(...rules: Rule[]): Office {
  return { id: 'secretary-general', names: { en: 'Secretary-General' }, heldBy: 'person', rules };
}

let counter = 0;

/** A record with one source (`s`), the given parties, offices, people and decisions. */
export function record(parts: {
  parties: Party[];
  offices?: Office[];
  people?: OrganizationRecord['people'];
  summits?: OrganizationRecord['summits'];
  decisions?: WithoutId<Decision>[];
  gaps?: OrganizationRecord['gaps'];
  asOf?: string;
  founded?: string;
}): OrganizationRecord {
  return {
    formatVersion: 1,
    organization: { id: 'test-org', names: { en: { name: 'Test Organization' } }, founded: { date: parts.founded ?? '2000-01-01', place: 'Testville', sources: ['s'] } },
    asOf: parts.asOf ?? '2030-01-01',
    sources: [{ id: 's', title: 'Test source', url: 'https://example.org/source', publisher: 'Example' }],
    parties: parts.parties,
    people: parts.people ?? [],
    offices: parts.offices ?? [],
    summits: parts.summits ?? [],
    decisions: (parts.decisions ?? []).map((d) => ({ sources: ['s'], ...d, id: d.id ?? `d${++counter}` }) as Decision),
    ...(parts.gaps ? { gaps: parts.gaps } : {}),
  };
}

/** Admit decisions for founding members on `date`. */
export function founders(date: string, ...parties: string[]): WithoutId<Decision>[] {
  return parties.map((party) => ({ type: 'admit', party, date, founding: true }) as WithoutId<Decision>);
}

/** A calendar rotation rule in English alphabetical order (or the given order). */
export function calendarRule(every: string, anchor: string, order: Extract<Rule, { kind: 'rotation' }>['order'] = { kind: 'alphabetical', language: 'en' }, extra: Partial<Rule> = {}): Rule {
  return { id: 'rotation', role: 'practice', kind: 'rotation', from: anchor, trigger: { kind: 'calendar', every, anchor }, order, eligible: 'members', sources: ['s'], ...extra } as Rule;
}
