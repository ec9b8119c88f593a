import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { core } from 'zod';
import { Decision } from '../schema/decision';
import { Dispute, Gap } from '../schema/gap';
import { Office } from '../schema/office';
import { Party } from '../schema/party';
import { Person } from '../schema/person';
import { OrganizationRecord } from '../schema/record';
import { Source } from '../schema/source';
import { Summit } from '../schema/summit';
import { checkRecord } from './check-record';
import { conformsTo } from './conforms';
import { base, mutate, mutation, pathsOf, type Mutation } from './_mutations';
import { parseRecord, parseRecordInPlace } from './parse';
import { validate } from './validate';

// Validation takes the lists of a record that already are what the schema gives back as they are
// (conforms.ts, parseRecordInPlace). These properties check that a "yes" is always zod's: the
// schema accepts the value and gives back an equal one; and that the record and diagnostics of
// parseRecordInPlace and validate are those of parseRecord, on valid and broken records.

/** Ways of breaking an entry that only a check in place could miss: holes, undefined, prototypes. */
type ShapeMutation = { kind: 'hole' } | { kind: 'undefined' } | { kind: 'inherited'; key: string } | { kind: 'no-prototype' } | { kind: 'own-proto' } | { kind: 'instance' };
const shapeMutation: fc.Arbitrary<ShapeMutation> = fc.oneof(
  fc.constantFrom<ShapeMutation>({ kind: 'hole' }, { kind: 'undefined' }, { kind: 'no-prototype' }, { kind: 'own-proto' }, { kind: 'instance' }),
  fc.record({ kind: fc.constant('inherited' as const), key: fc.constantFrom('id', 'date', 'extra', 'sources', 'type') }),
);

class Entry {}

function mutateShape(rec: Record<string, unknown>, path: (string | number)[], m: ShapeMutation): void {
  let parent: Record<string | number, unknown> = rec;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  if (m.kind === 'hole') {
    if (Array.isArray(parent)) delete parent[last as number];
  } else if (m.kind === 'undefined') parent[last] = undefined;
  else if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
    if (m.kind === 'inherited') parent[last] = Object.assign(Object.create({ [m.key]: 'inherited' }) as object, target);
    else if (m.kind === 'no-prototype') parent[last] = Object.assign(Object.create(null) as object, target);
    else if (m.kind === 'own-proto') parent[last] = { ...target, ...(JSON.parse('{"__proto__": {"x": 1}}') as object) };
    else parent[last] = Object.assign(new Entry(), target);
  }
}

type AnyMutation = Mutation | ShapeMutation;
const anyMutation: fc.Arbitrary<AnyMutation> = fc.oneof(mutation, mutation, shapeMutation);

function broken(input: Record<string, unknown>, paths: (string | number)[][], changes: [number, AnyMutation][]): Record<string, unknown> {
  for (const [i, m] of changes) {
    try {
      if (m.kind === 'set' || m.kind === 'delete' || m.kind === 'extra') mutate(input, paths[i]!, m);
      else mutateShape(input, paths[i]!, m);
    } catch {
      // A path that an earlier change removed: nothing to change.
    }
  }
  return input;
}

/**
 * Equal as data: the same keys and values in any order, plain objects and arrays all through
 * (what JSON keeps of a value: not the names of an array's non-index properties, which zod drops).
 */
function expectSameData(actual: unknown, expected: unknown): void {
  const plain = (v: unknown): boolean => v === null || typeof v !== 'object' || ((Array.isArray(v) ? Object.getPrototypeOf(v) === Array.prototype : Object.getPrototypeOf(v) === Object.prototype) && Object.values(v).every(plain));
  expect(plain(actual)).toBe(true);
  expect(plain(expected)).toBe(true);
  expect(JSON.parse(JSON.stringify(actual ?? null))).toStrictEqual(JSON.parse(JSON.stringify(expected ?? null)));
}

/** `conformsTo(schema)(value)` only where zod accepts `value` and gives back an equal value. */
function expectSound(schema: core.$ZodType & { safeParse(value: unknown): { success: boolean; data?: unknown } }, value: unknown): boolean {
  const conforms = conformsTo(schema)(value);
  if (conforms) {
    const parsed = schema.safeParse(value);
    expect(parsed.success).toBe(true);
    expectSameData(value, parsed.data);
  }
  return conforms;
}

const LISTS = { decisions: Decision, summits: Summit, parties: Party, people: Person, offices: Office, sources: Source, gaps: Gap, disputes: Dispute } as const;

describe('conformsTo', () => {
  it('takes the decisions (but one with a URL), summits, parties and people of the base record as they are', () => {
    const rec = base() as Record<keyof typeof LISTS, unknown[]>;
    for (const [list, schema] of Object.entries(LISTS)) for (const entry of rec[list as keyof typeof LISTS] ?? []) expectSound(schema, entry);
    for (const decision of rec.decisions) expect(conformsTo(Decision)(decision), JSON.stringify(decision)).toBe(!JSON.stringify(decision).includes('"url"'));
    for (const list of ['summits', 'parties', 'people'] as const) expect(conformsTo(OrganizationRecord.shape[list])(rec[list]), list).toBe(true);
    // URLs (which zod trims) and the offices' rules (unions without a discriminator) are left to zod.
    expect(conformsTo(OrganizationRecord.shape.decisions)(rec.decisions)).toBe(false);
  });

  it('says "yes" only where the schema accepts the value and gives it back, for entries broken in one to three places', () => {
    const rec = base() as Record<keyof typeof LISTS, unknown[]>;
    const entries = Object.entries(LISTS).flatMap(([list, schema]) => (rec[list as keyof typeof LISTS] ?? []).map((entry) => [schema, entry] as const));
    let yes = 0;
    fc.assert(
      fc.property(fc.nat(entries.length - 1), fc.array(fc.tuple(fc.nat(), anyMutation), { minLength: 1, maxLength: 3 }), (k, changes) => {
        const [schema, entry] = entries[k]!;
        const holder = { entry: structuredClone(entry) };
        const paths = [['entry'], ...pathsOf(holder.entry).map((p) => ['entry', ...p])];
        broken(holder, paths, changes.map(([i, m]) => [i % paths.length, m]));
        if (expectSound(schema, holder.entry)) yes++;
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: many broken entries are still entries (a note changed, an optional field gone).
    expect(yes).toBeGreaterThan(100);
  });
});

describe('conformsTo: values where zod reads them closely', () => {
  // Numbers, dates and ids at the edges of their checks: a "yes" exactly where zod accepts.
  const summit = (base().summits as Record<string, unknown>[])[0]!;
  it('reads a summit number as a positive safe integer', () => {
    const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, -1, 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE));
    fc.assert(
      fc.property(number, (ordinal) => {
        const entry = { ...summit, ordinal };
        expect(expectSound(Summit, entry)).toBe(Summit.safeParse(entry).success);
      }),
    );
  });
  it('reads dates, ids and durations as the schema does', () => {
    const decision = { id: 'a', type: 'appoint', office: 'sg', person: 'p1', date: '2001-02', term: 'P2Y' };
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2001', '2001-02', '2001-02-29', '2000-02-29', '2001-13', 'P0D', 'P9999Y', 'P1Y6M', 'AA', 'a-', '-a', 'A', 'aa'));
    fc.assert(
      fc.property(fc.constantFrom('id', 'date', 'office', 'person', 'term', 'notAfter', 'effective', 'party'), text, (key, value) => {
        const entry = { ...decision, [key]: value };
        expect(expectSound(Decision, entry)).toBe(Decision.safeParse(entry).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseRecordInPlace and validate: the record and diagnostics of parseRecord', () => {
  /** Equal records and diagnostics; the lists taken in place are the input's own. */
  function expectSame(input: Record<string, unknown>): void {
    const expected = parseRecord(input);
    const got = parseRecordInPlace(input);
    expect(got.diagnostics).toEqual(expected.diagnostics);
    expectSameData(got.record, expected.record);
    const today = { today: '2020-01-01' };
    expect(validate(input, today)).toEqual(expected.record ? checkRecord(expected.record, today) : expected.diagnostics);
  }

  it('for the base record without its URL, whose lists are taken in place', () => {
    const input = base();
    const decisions = input.decisions as Record<string, unknown>[];
    delete decisions.find((d) => d.type === 'adopt')!.url;
    expectSame(input);
    expect(parseRecordInPlace(input).record!.decisions).toBe(input.decisions);
  });

  it('for records broken in one to three places', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.tuple(fc.nat(), anyMutation), { minLength: 1, maxLength: 3 }), (withUrl, changes) => {
        const input = base();
        if (!withUrl) delete (input.decisions as Record<string, unknown>[]).find((d) => d.type === 'adopt')!.url;
        const paths = pathsOf(input);
        expectSame(broken(input, paths, changes.map(([i, m]) => [i % paths.length, m])));
      }),
      { numRuns: 600 },
    );
  });

  it('for a large record broken in one place', () => {
    const large = base();
    const decisions = large.decisions as Record<string, unknown>[];
    delete decisions.find((d) => d.type === 'adopt')!.url;
    for (let k = 0; k < 2_500; k++) decisions.push({ id: `h${k}`, type: 'handover', office: 'chair', to: k % 2 ? 'AA' : 'BB', date: '2015-01-01', sources: ['s'] });
    const paths = pathsOf(large).filter((p) => p[0] !== 'decisions' || (p[1] as number) < 40 || (p[1] as number) > 2_500);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), anyMutation, (i, m) => {
        expectSame(broken(structuredClone(large), paths, [[i, m]]));
      }),
      { numRuns: 60 },
    );
  });
});
