/**
 * Every query terminates, in bounded work, for every day of the supported calendar (issue 21,
 * item 2). Bounded work is asserted, not timed: the number of periods an office's timeline holds
 * once a query has returned is at most its recorded periods plus one period per rule step up to
 * 9999-12-31 (each step moves forward, so no more than the days left), and never more than
 * PROJECTION_STEP_LIMIT. A hang would be caught by the package's time-out policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isPlainDate } from '../calendar/plain-date';
import { FIRST_DAY, LAST_DAY } from '../calendar/range';
import { compile } from '../model/compile';
import type { Holding, Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { parseYamlRecord } from '../yaml/parse-yaml-record';
import { PROJECTION_STEP_LIMIT } from './_continuation';
import { timelineOf } from './_timeline';
import { holderOn } from './holder-on';
import { project } from './project';

// The embedded records, read from their YAML as @turnus/data builds them (the core does not depend on it).
const records: [string, OrganizationRecord][] = readdirSync(new URL('../../../data/records/', import.meta.url)).map((id) => {
  const { record } = parseYamlRecord(readFileSync(new URL(`../../../data/records/${id}/record.yaml`, import.meta.url), 'utf8'), { check: false });
  if (!record) throw new Error(`the ${id} record does not parse`);
  return [id, record];
});

/** Any day of the calendar, with its first and last ten years drawn as often as the rest. */
const year = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 9990, max: 9999 }));
const day = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  .filter(isPlainDate);
const anyDay = fc.oneof(day, fc.constantFrom(FIRST_DAY, LAST_DAY, '9999-12-01', '9998-06-01'));

function wellFormed(h: Holding): boolean {
  if (h.status === 'held') return h.tenure.start <= LAST_DAY;
  if (h.status === 'uncertain') return h.candidates.length > 0;
  return h.status === 'vacant';
}

/** The calendar's days a period names are its days: four-digit years, in order. */
function inCalendar(t: Tenure): boolean {
  return t.start >= FIRST_DAY && t.start <= LAST_DAY && (t.end === null || (t.end > t.start && t.end <= LAST_DAY && t.end.length === 10));
}

/** The most periods an office's timeline may hold: its record, then at most one period per day left to 9999-12-31. */
function bound(record: OrganizationRecord, office: string): number {
  const model = compile(record);
  const tenures = model.tenures.get(office)!;
  const last = tenures[tenures.length - 1];
  const from = last ? last.start : FIRST_DAY;
  return tenures.length + Math.min(PROJECTION_STEP_LIMIT, daysBetween(from, LAST_DAY) + 2);
}

describe.each(records)('the %s record, on any day of the calendar', (_id, record) => {
  const offices = record.offices.map((o) => o.id);

  it('holderOn answers every office, with a timeline no longer than its rule gives to 9999-12-31', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offices), anyDay, (office, date) => {
        expect(wellFormed(holderOn(record, office, date))).toBe(true);
        expect(timelineOf(compile(record), office).periods.length).toBeLessThanOrEqual(bound(record, office));
      }),
      { numRuns: 60 },
    );
  });

  it('project returns at most count periods, each inside the calendar, the last open only at its end or where the rule stops', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offices), anyDay, fc.integer({ min: 0, max: 100_000 }), (office, today, count) => {
        const periods = project(record, office, { today, count });
        expect(periods.length).toBeLessThanOrEqual(count);
        expect(periods.every(inCalendar)).toBe(true);
        // Only the last period may be open, and a period marked past the calendar's end is last.
        expect(periods.slice(0, -1).every((t) => t.end !== null && !t.endAfterLastDay)).toBe(true);
        const last = periods[periods.length - 1];
        if (last?.endAfterLastDay) expect(last.end).toBeNull();
      }),
      { numRuns: 15 },
    );
  });
});

describe('the end of the calendar', () => {
  const byId = new Map(records);
  const ots = byId.get('ots')!;
  const unsc = byId.get('unsc')!;

  it('answers who chairs the OTS on its last days, which never returned', () => {
    for (const date of ['9998-06-01', '9999-06-01', '9999-12-31']) expect(['held', 'uncertain', 'vacant']).toContain(holderOn(ots, 'chair', date).status);
  });

  it('projects the OTS chair to year 9999 and stops there, the last period open and marked', () => {
    const periods = project(ots, 'chair', { today: '2026-12-08', count: 7_980 });
    expect(periods.length).toBeLessThan(7_980);
    expect(periods.at(-1)).toMatchObject({ start: '9999-01-01', startPrecision: 'year', end: null, endAfterLastDay: true });
  });

  it('projects the Security Council presidency month by month to December 9999 and stops there', () => {
    const periods = project(unsc, 'president', { today: '2026-12-08', count: 96_000 });
    expect(periods.length).toBeLessThan(96_000);
    expect(periods.at(-2)).toMatchObject({ start: '9999-11-01', end: '9999-12-01' });
    expect(periods.at(-1)).toMatchObject({ start: '9999-12-01', end: null, endAfterLastDay: true });
    // Projected (the roster after 2029 is not known), so uncertain between November's and December's.
    const h = holderOn(unsc, 'president', '9999-12-31');
    expect(h.status === 'uncertain' && h.candidates).toEqual([periods.at(-2), periods.at(-1)]);
  });

  it('refuses a day outside the calendar with its own code, and a malformed one as before', () => {
    for (const date of ['10000-01-01', '0000-06-01', '-0001-01-01']) expect(() => holderOn(ots, 'chair', date)).toThrowError(expect.objectContaining({ code: 'E_DATE_OUT_OF_RANGE' }));
    expect(() => project(ots, 'chair', { today: '10000-01-01' })).toThrowError(expect.objectContaining({ code: 'E_DATE_OUT_OF_RANGE' }));
    expect(() => holderOn(ots, 'chair', '2023-02-30')).toThrowError(expect.objectContaining({ code: 'E_INVALID_DATE' }));
  });
});
