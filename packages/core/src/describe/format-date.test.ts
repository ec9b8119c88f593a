import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, afterLatestDay, earliestDay } from '../calendar/plain-date';
import { formatPartialDate, formatWindow, partialDateOf, readWindow } from './format-date';

describe('formatPartialDate', () => {
  it('never adds a day or month the value does not have', () => {
    expect(formatPartialDate('2014')).toBe('2014');
    expect(formatPartialDate('2026-05')).toBe('May 2026');
    expect(formatPartialDate('2025-11-11')).toBe('11 November 2025');
  });
});

describe('formatWindow', () => {
  it('writes a whole year or month as the year or month', () => {
    expect(partialDateOf('2014-01-01', '2015-01-01')).toBe('2014');
    expect(formatWindow('2014-01-01', '2015-01-01')).toBe('2014');
    expect(formatWindow('2026-05-01', '2026-06-01', 'iso')).toBe('2026-05');
    expect(formatWindow('2025-11-11')).toBe('11 November 2025');
  });
  it('writes a year bounded by a later source without inventing 1 January', () => {
    expect(formatWindow('2014-01-01', '2014-12-29')).toBe('2014 (before 29 December 2014)');
    expect(formatWindow('2017-01-01', '2017-12-29', 'iso')).toBe('2017 (before 2017-12-29)');
    expect(formatWindow('2026-05-01', '2026-05-15', 'iso')).toBe('2026-05 (before 2026-05-15)');
  });
  it('writes windows of several years or months by their first and last', () => {
    expect(formatWindow('2016-01-01', '2018-01-01')).toBe('between 2016 and 2017');
    expect(formatWindow('2026-05-01', '2026-08-01')).toBe('between May 2026 and July 2026');
    expect(formatWindow('2016-01-01', '2018-03-10', 'iso')).toBe('between 2016 and 2018-03-09');
    expect(formatWindow('2026-03-10', '2026-05-01')).toBe('between 10 March 2026 and 30 April 2026');
  });
  it('never prints a first day of a year or month that the window does not fix', () => {
    for (const [day, until] of [['2014-01-01', '2014-12-29'], ['2016-01-01', '2018-01-01'], ['2016-01-01', '2018-03-10'], ['2026-05-01', '2026-08-01']] as const) {
      expect(formatWindow(day, until, 'iso')).not.toContain(day);
    }
  });
});

describe('readWindow', () => {
  it('reads the cases the apps write in their own languages', () => {
    expect(readWindow('2025-11-11')).toEqual({ kind: 'exact', date: '2025-11-11' });
    expect(readWindow('2014-01-01', '2015-01-01')).toEqual({ kind: 'exact', date: '2014' });
    expect(readWindow('2014-01-01', '2014-12-29')).toEqual({ kind: 'before', date: '2014', before: '2014-12-29' });
    expect(readWindow('2026-05-01', '2026-05-15')).toEqual({ kind: 'before', date: '2026-05', before: '2026-05-15' });
    expect(readWindow('2016-01-01', '2018-01-01')).toEqual({ kind: 'between', from: '2016', to: '2017' });
    expect(readWindow('2026-03-10', '2026-05-01')).toEqual({ kind: 'between', from: '2026-03-10', to: '2026-04-30' });
  });

  it('covers exactly the window it reads: no day added, none lost', () => {
    const day = fc.integer({ min: 0, max: 3_000_000 }).map((n) => addDays('1900-01-01', n % 80_000));
    const aligned = fc.oneof(day, day.map((d) => `${d.slice(0, 7)}-01`), day.map((d) => `${d.slice(0, 4)}-01-01`));
    fc.assert(
      fc.property(aligned, aligned, (a, b) => {
        if (a === b) return;
        const [start, until] = a < b ? [a, b] : [b, a];
        const reading = readWindow(start, until);
        if (reading.kind === 'exact') {
          expect([earliestDay(reading.date), afterLatestDay(reading.date)]).toEqual([start, until]);
        } else if (reading.kind === 'before') {
          expect(earliestDay(reading.date)).toBe(start);
          expect(reading.before).toBe(until);
          expect(afterLatestDay(reading.date) > until).toBe(true);
        } else {
          expect([earliestDay(reading.from), afterLatestDay(reading.to)]).toEqual([start, until]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
