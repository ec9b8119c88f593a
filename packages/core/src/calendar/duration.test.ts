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
