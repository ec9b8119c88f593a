import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OrganizationRecord } from '../schema/record';
import { base, mutate, mutation, pathsOf } from './_mutations';
import { COMPILED_PARSE_THRESHOLD, parseRecord } from './parse';

// Large records are parsed by zod's compiled clone of the record schema (see parse.ts). The zod
// schema stays the single source of truth: these properties check that the clone accepts and
// rejects exactly what the schema does, with the same output and the same issues.

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
