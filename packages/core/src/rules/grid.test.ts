import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration } from '../calendar/duration';
import { addDays } from '../calendar/plain-date';
import { gridDayAfter, gridDayAfterWithin, gridDayAtOrBefore, gridIndex } from './grid';

describe('calendar grids', () => {
  it('find the period a day falls in', () => {
    expect(gridDayAtOrBefore('2024-01-31', 'P1M', '2024-02-29')).toBe('2024-02-29');
    expect(gridDayAtOrBefore('2024-01-31', 'P1M', '2024-02-28')).toBe('2024-01-31');
    expect(gridDayAfter('2024-01-01', 'P6M', '2024-07-01')).toBe('2025-01-01');
    expect(gridIndex('2024-01-01', 'P1W', '2023-12-31')).toBe(-1);
  });
  it('agree with the definition for any anchor, step and day', () => {
    const day = fc.integer({ min: 0, max: 40000 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, day, fc.constantFrom('P1D', 'P3D', 'P1W', 'P1M', 'P3M', 'P6M', 'P1Y', 'P2Y', 'P1Y6M', 'P1M2D'), (anchor, date, every) => {
        const k = gridIndex(anchor, every, date);
        expect(addDuration(anchor, every, k) <= date).toBe(true);
        expect(addDuration(anchor, every, k + 1) > date).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the grid at the end of the calendar', () => {
  it('finds the grid day of 9999-12-31, where days past the calendar are kept at its last day', () => {
    expect(gridDayAtOrBefore('2000-01-01', 'P1M', '9999-12-31')).toBe('9999-12-01');
    expect(gridDayAtOrBefore('2000-01-01', 'P1Y', '9999-12-31')).toBe('9999-01-01');
    expect(gridDayAtOrBefore('2000-01-31', 'P1M1D', '9999-12-31') <= '9999-12-31').toBe(true);
  });
  it('has no grid day after 9999-12-31: gridDayAfterWithin says so, gridDayAfter keeps the last day', () => {
    expect(gridDayAfterWithin('2000-01-01', 'P1M', '9999-12-15')).toBeUndefined();
    expect(gridDayAfter('2000-01-01', 'P1M', '9999-12-15')).toBe('9999-12-31');
    expect(gridDayAfterWithin('2000-01-01', 'P1M', '9999-11-15')).toBe('9999-12-01');
    expect(gridDayAfterWithin('2000-01-01', 'P1D', '9999-12-30')).toBe('9999-12-31');
    expect(gridDayAfterWithin('2000-01-01', 'P1D', '9999-12-31')).toBeUndefined();
  });
});
