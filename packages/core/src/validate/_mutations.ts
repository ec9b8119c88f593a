// Test helpers, never exported by the package: a valid record that takes every branch of the
// schema, and ways to break it in one place, for the properties that compare the record's
// parsers (parse.property.test.ts, conforms.property.test.ts).
import fc from 'fast-check';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';

/** A valid record that takes every branch of the schema: each decision type, both rule kinds, summits, groups, gaps, disputes. */
export function base(): Record<string, unknown> {
  const rec = record({
    parties: [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie'), { id: 'trnc', kind: 'other', names: { en: { name: 'Other', official: 'The Other', abbreviation: 'OT' } } } as never],
    offices: [
      { ...chairOffice(calendarRule('P1Y', '2001-01-01'), { id: 'summit-rule', role: 'stated', kind: 'rotation', from: '2001', to: '2030-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AA', 'BB'] }, eligible: 'founding-members', sources: ['s'] }), groups: [{ id: 'g', name: 'Group', parties: ['AA', 'BB'], from: '2001' }] },
      termOffice({ id: 'term', role: 'stated', kind: 'term', from: '2001-01-01', length: 'P3Y', start: 'appointment', extensible: true, sources: ['s'] }),
    ],
    people: [{ id: 'p1', names: { en: 'Person One' }, nationality: 'AA' }],
    summits: [{ id: 'summit-1', ordinal: 1, kind: 'ordinary', mode: 'in-person', status: 'held', host: 'AA', date: '2001-05', endDate: '2001-05-03', notes: ['n'], passes: ['chair'], sources: ['s'] }],
    gaps: [{ id: 'gap-1', office: 'chair', from: '2002', to: '2003', description: 'missing' }] as never,
    decisions: [
      ...founders('2000-01-01', 'AA', 'BB', 'CC'),
      { type: 'handover', office: 'chair', to: 'AA', date: '2001-01-01', summit: 'summit-1', by: 'Council', note: 'x', grade: 'confirmed' },
      { type: 'appoint', office: 'secretary-general', person: 'p1', date: '2001-02', notAfter: '2001-02-20', effective: '2001-03-01', term: 'P2Y' },
      { type: 'extend', office: 'secretary-general', person: 'p1', date: '2002-06-01', for: 'P6M' },
      { type: 'end-term', office: 'secretary-general', person: 'p1', date: '2003-01-01', cause: 'resigned' },
      { type: 'observer', party: 'trnc', date: '2004' },
      { type: 'suspend', party: 'CC', date: '2005-01-01' },
      { type: 'reinstate', party: 'CC', date: '2005-06-01' },
      { type: 'withdraw', party: 'CC', date: '2006-01-01', effective: '2006-02-01' },
      { type: 'rename', party: 'AA', names: { en: { name: 'Alpha Two' } }, sortNames: { en: 'Alpha' }, date: '2007-01-01' },
      { type: 'adopt', title: 'Charter', document: 'charter', url: 'https://example.org/charter', date: '2008-01-01' },
      { type: 'change-rule', office: 'chair', rule: 'rotation', date: '2009-01-01' },
      { type: 'skip', office: 'chair', party: 'BB', date: '2010-01-01' },
      { type: 'defer', office: 'chair', party: 'BB', date: '2011-01-01' },
      { type: 'swap', office: 'chair', parties: ['AA', 'BB'], date: '2012-01-01' },
      { type: 'replace', office: 'chair', party: 'AA', with: 'BB', date: '2013-01-01' },
      { type: 'other', title: 'A day of celebration', date: '2014-01-01' },
    ],
  });
  return JSON.parse(JSON.stringify(rec)) as Record<string, unknown>;
}

/** Every path to a value in `value` (objects and arrays), the root excepted. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...prefix, k], ...pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k])]);
}

export type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; key: string; value: unknown };

export function mutate(rec: Record<string, unknown>, path: (string | number)[], m: Mutation): void {
  let parent: Record<string | number, unknown> = rec;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[m.key] = m.value;
  }
}

/** Values that look like the record's own: dates right and wrong, ids, durations, and anything else. */
export const value = fc.oneof(
  fc.constantFrom('2001-02-29', '2000-02-29', '2001', '2001-13', '2001-1-01', 'P3Y', 'P0D', 'P20000Y', 'XX', 'aa', 'A-', 'Alpha', '', 'https://example.org/x', 'not a url', 'appoint', 'skip', 'rotation', 'term', 'calendar', 'held', 'ordinary'),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(null, true, false, 1.5, [], {}, ['AA'], ['AA', 'BB', 'CC'], { en: 'x' }, { en: { name: 'x' } }),
  fc.anything({ maxDepth: 2 }),
);
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('extra' as const), key: fc.constantFrom('extra', 'type', 'kind', 'date', 'sources', '__proto__'), value }),
);
