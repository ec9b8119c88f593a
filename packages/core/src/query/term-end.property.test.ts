/**
 * `termEndOn` and `holderOn` read one timeline (issue 18, item 5): on every day, the term end
 * `termEndOn` gives is the one of the tenure `holderOn` answers with — its held tenure, or the
 * last of its candidates (the period under way) — and none on a day nobody holds the office.
 * `termEndOn` read only the recorded periods, so after the record (a holdover, a projected term)
 * the two disagreed in 12 cases over the embedded records (the Turkic Academy's president on
 * 2040-06-01: 2042-11-11 from holderOn, 2026-11-11 from termEndOn).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isPlainDate, type PlainDate } from '../calendar/plain-date';
import type { Holding } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { parseYamlRecord } from '../yaml/parse-yaml-record';
import { holderOn } from './holder-on';
import { termEndOn } from './term-end';

// The embedded records, read from their YAML as @turnus/data builds them (the core does not depend on it).
const records: [string, OrganizationRecord][] = readdirSync(new URL('../../../data/records/', import.meta.url)).map((id) => {
  const { record } = parseYamlRecord(readFileSync(new URL(`../../../data/records/${id}/record.yaml`, import.meta.url), 'utf8'), { check: false });
  if (!record) throw new Error(`the ${id} record does not parse`);
  return [id, record];
});

/** The term end of the tenure `holderOn` answers with on that day. */
function termEndOfAnswer(h: Holding): PlainDate | undefined {
  if (h.status === 'held') return h.tenure.termEnd;
  if (h.status === 'uncertain') return h.candidates[h.candidates.length - 1]!.termEnd;
  return undefined;
}

/** Days from 1950 to 2150, where every record's history and its first projected terms lie, and any day of the calendar. */
const day = fc.oneof(
  fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays('1950-01-01', n)),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    .filter(isPlainDate),
);

describe.each(records)('termEndOn over the %s record', (_id, record) => {
  it('gives the term end of the tenure holderOn answers with, for every office and any day', () => {
    const offices = record.offices.map((o) => o.id);
    fc.assert(
      fc.property(fc.constantFrom(...offices), day, (office, date) => {
        expect(termEndOn(record, office, date)).toBe(termEndOfAnswer(holderOn(record, office, date)));
      }),
      { numRuns: 400 },
    );
  });
});

describe('termEndOn after the record', () => {
  const academy = records.find(([id]) => id === 'turkic-academy')![1];
  it("gives the Turkic Academy president's term the rule gives in 2040, as holderOn does", () => {
    const h = holderOn(academy, 'president', '2040-06-01');
    expect(termEndOfAnswer(h)).toBe('2042-11-11');
    expect(termEndOn(academy, 'president', '2040-06-01')).toBe('2042-11-11');
  });
});
