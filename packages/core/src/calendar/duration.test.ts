import { describe, expect, it } from 'vitest';
import { addDuration, isBoundedDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it('reads calendar durations and refuses others', () => {
    expect(parseDuration('P3Y')).toEqual({ years: 3, months: 0, weeks: 0, days: 0 });
    expect(parseDuration('P1Y6M')).toEqual({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parseDuration('P2W')).toEqual({ years: 0, months: 0, weeks: 2, days: 0 });
    expect(parseDuration('P')).toBeUndefined();
    expect(parseDuration('P0Y')).toBeUndefined();
    expect(parseDuration('PT1H')).toBeUndefined();
    expect(parseDuration('3 years')).toBeUndefined();
  });
});

describe('addDuration', () => {
  it('clamps 29 February to 28 February three years later', () => {
    expect(addDuration('2020-02-29', 'P3Y')).toBe('2023-02-28');
  });
  it('keeps 29 February four years later', () => {
    expect(addDuration('2020-02-29', 'P4Y')).toBe('2024-02-29');
  });
  it('computes multiples from the anchor so monthly grids do not drift', () => {
    expect(addDuration('2023-01-31', 'P1M', 1)).toBe('2023-02-28');
    expect(addDuration('2023-01-31', 'P1M', 2)).toBe('2023-03-31');
    expect(addDuration('2023-01-31', 'P1M', 13)).toBe('2024-02-29');
  });
  it('goes backwards with negative multiples', () => {
    expect(addDuration('2024-01-01', 'P6M', -1)).toBe('2023-07-01');
  });
  it('throws on a non-duration', () => {
    expect(() => addDuration('2024-01-01', 'P')).toThrow(RangeError);
  });
});

describe('durations stay within the calendar', () => {
  it('bounds a duration to 9998 years', () => {
    expect(isBoundedDuration('P3Y')).toBe(true);
    expect(isBoundedDuration('P9998Y')).toBe(true);
    expect(isBoundedDuration('P9999Y')).toBe(false);
    expect(isBoundedDuration('P9999999Y')).toBe(false);
    expect(isBoundedDuration('P99999999999D')).toBe(false);
  });
  it('keeps a computed date at 9999-12-31 when it would pass year 9999, never NaN or year 10000', () => {
    expect(addDuration('2001-05-01', 'P7999Y')).toBe('9999-12-31');
    expect(addDuration('2001-05-01', 'P9999999Y')).toBe('9999-12-31');
    expect(addDuration('2001-05-01', 'P1Y', 1e9)).toBe('9999-12-31');
    expect(addDuration('9999-12-31', 'P1D')).toBe('9999-12-31');
    expect(addDuration('2001-05-01', 'P1Y', -3000)).toBe('0001-01-01');
  });
});

describe('addDuration: agrees with date-fns on a UTCDate', () => {
  it('for any real date, duration and multiple', async () => {
    const fc = (await import('fast-check')).default;
    const { addDays, addMonths } = await import('date-fns');
    const { fromLocal, toNoon } = await import('./_date-reference.test-helper');
    // The implementation before plain arithmetic, kept here as the reference.
    const reference = (date: string, d: string, times: number) => {
      const parts = parseDuration(d)!;
      const months = (parts.years * 12 + parts.months) * times;
      const days = (parts.weeks * 7 + parts.days) * times;
      if (Math.abs(months) > 12 * 10_000 || Math.abs(days) > 3_700_000) return months + days > 0 ? '9999-12-31' : '0001-01-01';
      let at = toNoon(date);
      if (months !== 0) at = addMonths(at, months);
      if (days !== 0) at = addDays(at, days);
      const year = at.getFullYear();
      if (Number.isNaN(year) || year > 9999) return Number.isNaN(year) && months + days < 0 ? '0001-01-01' : '9999-12-31';
      if (year < 1) return '0001-01-01';
      return fromLocal(at);
    };
    const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10));
    const duration = fc.constantFrom('P1D', 'P1W', 'P2W', 'P10D', 'P1M', 'P3M', 'P6M', 'P1Y', 'P2Y', 'P3Y', 'P5Y', 'P1Y6M', 'P1M1D', 'P2Y3M2W4D', 'P100Y', 'P9998Y');
    fc.assert(
      fc.property(date, duration, fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -20_000, max: 20_000 })), (d, dur, times) => {
        expect(addDuration(d, dur, times)).toBe(reference(d, dur, times));
      }),
      { numRuns: 4000 },
    );
  });
});
