import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import { OrganizationRecord } from '../schema/record';
import { COMPILED_PARSE_THRESHOLD, parseRecord } from './parse';

// Large records are parsed by zod's compiled clone of the record schema (see parse.ts). The zod
// schema stays the single source of truth: these properties check that the clone accepts and
// rejects exactly what the schema does, with the same output and the same issues.

/** A valid record that takes every branch of the schema: each decision type, both rule kinds, summits, groups, gaps, disputes. */
function base(): Record<string, unknown> {
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
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...prefix, k], ...pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k])]);
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; key: string; value: unknown };

function mutate(rec: Record<string, unknown>, path: (string | number)[], m: Mutation): void {
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
const value = fc.oneof(
  fc.constantFrom('2001-02-29', '2000-02-29', '2001', '2001-13', '2001-1-01', 'P3Y', 'P0D', 'P20000Y', 'XX', 'aa', 'A-', 'Alpha', '', 'https://example.org/x', 'not a url', 'appoint', 'skip', 'rotation', 'term', 'calendar', 'held', 'ordinary'),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(null, true, false, 1.5, [], {}, ['AA'], ['AA', 'BB', 'CC'], { en: 'x' }, { en: { name: 'x' } }),
  fc.anything({ maxDepth: 2 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('extra' as const), key: fc.constantFrom('extra', 'type', 'kind', 'date', 'sources', '__proto__'), value }),
);

const compiled = z.compile(OrganizationRecord);

/** The parse as zod's compiled clone and its runtime parser give it: success, output (with key order), issues. */
function both(input: unknown) {
  const a = OrganizationRecord.safeParse(input);
  const b = compiled.safeParse(input);
  return { a, b };
}

describe('parseRecord: the compiled schema is the record schema', () => {
  it('accepts the base record with the same output, key order included', () => {
    const { a, b } = both(base());
    expect(a.error?.issues ?? []).toEqual([]);
    expect(b.success).toBe(true);
    expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
  });

  it('gives the same result and issues for records broken in one to three places', () => {
    const paths = pathsOf(base());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), mutation), { minLength: 1, maxLength: 3 }), (changes) => {
        const input = base();
        for (const [i, m] of changes) {
          try {
            mutate(input, paths[i]!, m);
          } catch {
            // A path that an earlier change removed: nothing to change.
          }
        }
        const { a, b } = both(input);
        expect(b.success).toBe(a.success);
        if (a.success) {
          expect(b.data).toEqual(a.data);
          expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
        } else expect(b.error!.issues).toEqual(a.error!.issues);
      }),
      { numRuns: 400 },
    );
  });

  it('gives parseRecord the same answer above the threshold as the schema itself', () => {
    const input = base();
    const decisions = input.decisions as Record<string, unknown>[];
    const handovers = Array.from({ length: COMPILED_PARSE_THRESHOLD }, (_, k) => ({ id: `h${k}`, type: 'handover', office: 'chair', to: k % 2 ? 'AA' : 'BB', date: '2015-01-01', sources: ['s'] }));
    const large = { ...input, decisions: [...decisions, ...handovers] };
    const broken = { ...large, decisions: [...large.decisions, { id: 'bad', type: 'handover', office: 'chair', to: 'AA', date: '2015-02-30' }] };
    for (const rec of [large, broken]) {
      const expected = OrganizationRecord.safeParse(rec);
      const got = parseRecord(rec);
      expect(got.record).toEqual(expected.success ? expected.data : undefined);
      expect(got.diagnostics.length > 0).toBe(!expected.success);
    }
    expect(parseRecord(broken).diagnostics.map((d) => d.code)).toEqual(['INVALID_DATE']);
  });
});
