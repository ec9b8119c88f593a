import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration } from '../calendar/duration';
import { addDays } from '../calendar/plain-date';
import { gridDayAfter, gridDayAtOrBefore, gridIndex } from './grid';

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
