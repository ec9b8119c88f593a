import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterLatestDay } from '../../calendar/plain-date';
import { endsBefore } from './membership';

const day = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Full, month and year dates, the calendar's last days, and strings that are not dates. */
const date = fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4)), fc.constantFrom('9999-12-31', '9999-12', '9999', '9998-12-31', '2024-02-29', '2023-02-29', '2023-13-01', '2023-1-01', '0001-01-01', ''), fc.string({ maxLength: 10 }));

describe('endsBefore', () => {
  it('is afterLatestDay(date) <= day, for every date and day', () => {
    fc.assert(
      fc.property(date, fc.oneof(day, fc.constantFrom('9999-12-31', '0001-01-01', '1992-10-30')), (d, founded) => {
        expect(endsBefore(d, founded)).toBe(afterLatestDay(d) <= founded);
      }),
      { numRuns: 5000 },
    );
  });
  it('keeps the calendar\'s last day as afterLatestDay reads it', () => {
    expect(endsBefore('9999-12-31', '2000-01-01')).toBe(afterLatestDay('9999-12-31') <= '2000-01-01');
  });
});
