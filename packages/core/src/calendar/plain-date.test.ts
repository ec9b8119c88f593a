import { describe, expect, it } from 'vitest';
import { addDays, addMonthsTo, afterLatestDay, daysBetween, earliestDay, isPartialDate, isPlainDate, precisionOf } from './plain-date';

describe('isPlainDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2023-02-29')).toBe(false);
    expect(isPlainDate('2023-02-30')).toBe(false);
    expect(isPlainDate('1900-02-29')).toBe(false);
    expect(isPlainDate('2000-02-29')).toBe(true);
    expect(isPlainDate('2023-13-01')).toBe(false);
    expect(isPlainDate('2023-04-31')).toBe(false);
    expect(isPlainDate('2023-4-1')).toBe(false);
    expect(isPlainDate('2023-04-01T00:00:00Z')).toBe(false);
  });
});

describe('partial dates', () => {
  it('carry their precision', () => {
    expect(isPartialDate('2014')).toBe(true);
    expect(isPartialDate('2014-06')).toBe(true);
    expect(isPartialDate('2014-13')).toBe(false);
    expect(precisionOf('2014')).toBe('year');
    expect(precisionOf('2014-06')).toBe('month');
    expect(precisionOf('2014-06-05')).toBe('day');
  });
  it('span a window from their earliest day to the day after their latest', () => {
    expect(earliestDay('2014')).toBe('2014-01-01');
    expect(afterLatestDay('2014')).toBe('2015-01-01');
    expect(earliestDay('2024-02')).toBe('2024-02-01');
    expect(afterLatestDay('2024-02')).toBe('2024-03-01');
    expect(afterLatestDay('2024-12')).toBe('2025-01-01');
    expect(afterLatestDay('2024-02-29')).toBe('2024-03-01');
  });
});

describe('arithmetic', () => {
  it('adds days across daylight-saving changes without shifting the day', () => {
    expect(addDays('2018-11-03', 1)).toBe('2018-11-04'); // Brazil's DST began at midnight on 4 Nov 2018
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
  });
  it('clamps month arithmetic to the end of shorter months', () => {
    expect(addMonthsTo('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsTo('2024-01-31', 1)).toBe('2024-02-29');
  });
  it('counts calendar days', () => {
    expect(daysBetween('2021-09-03', '2022-11-14')).toBe(437);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
    expect(daysBetween('2030-01-01', '2020-01-01')).toBe(-3653);
  });
});

describe('addDays: agrees with date-fns on a UTCDate', () => {
  it('for any real date and any offset within ±400 years', async () => {
    const fc = (await import('fast-check')).default;
    const { referenceAddDays } = await import('./_date-reference.test-helper');
    const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -146_100, max: 146_100 })), (d, n) => {
        expect(addDays(d, n)).toBe(referenceAddDays(d, n));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('daysBetween: plain arithmetic', () => {
  it('counts back what addDays added', async () => {
    const fc = (await import('fast-check')).default;
    const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9000, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 300_000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });
});

describe('addMonthsTo: agrees with date-fns on a UTCDate', () => {
  it('for any real date and any number of months', async () => {
    const fc = (await import('fast-check')).default;
    const { referenceAddMonths } = await import('./_date-reference.test-helper');
    const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.oneof(fc.integer({ min: -13, max: 13 }), fc.integer({ min: -4000, max: 4000 })), (d, n) => {
        expect(addMonthsTo(d, n)).toBe(referenceAddMonths(d, n));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('days some time zones skipped', () => {
  // Kiribati skipped 31 December 1994, Samoa 30 December 2011: a calendar date still exists.
  it('are ordinary days of the calendar, whatever TZ the process runs in', () => {
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(addMonthsTo('2011-11-30', 1)).toBe('2011-12-30');
    expect(addMonthsTo('1994-10-31', 2)).toBe('1994-12-31');
    expect(addMonthsTo('2024-01-31', 1)).toBe('2024-02-29');
  });
});

