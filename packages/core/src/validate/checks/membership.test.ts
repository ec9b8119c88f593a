import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { founders, record, state } from '../../_fixtures';
import { daysFromCivil } from '../../calendar/plain-date';
import { validate } from '../validate';
import { endsBefore } from './membership';

const day = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Full, month and year dates (the checks see only dates the schema accepted), and the calendar's last days. */
const date = fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4)), fc.constantFrom('9999-12-31', '9999-12', '9999', '9998-12-31', '2024-02-29', '0001-01-01', '0001'));

/** The day number of the day after the last day `date` can mean, by whole numbers (no date string past 9999). */
function afterLast(date: string): number {
  const [y, m, d] = [+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)];
  return date.length === 4 ? daysFromCivil(y + 1, 1, 1) : date.length === 7 ? daysFromCivil(y, m + 1, 1) : daysFromCivil(y, m, d) + 1;
}

describe('endsBefore', () => {
  it('is true exactly when the day after the last day a date can mean is on or before the day, for every date and day', () => {
    fc.assert(
      fc.property(date, fc.oneof(day, fc.constantFrom('9999-12-31', '0001-01-01', '1992-10-30')), (d, founded) => {
        expect(endsBefore(d, founded)).toBe(afterLast(d) <= daysFromCivil(+founded.slice(0, 4), +founded.slice(5, 7), +founded.slice(8, 10)));
      }),
      { numRuns: 5000 },
    );
  });
  it('never reads a date of the calendar\'s last days as before a founding (the day after them is in year 10000)', () => {
    for (const d of ['9999-12-31', '9999-12', '9999']) {
      expect(endsBefore(d, '1992-10-30')).toBe(false);
      expect(endsBefore(d, '9999-12-31')).toBe(false);
    }
    expect(endsBefore('9999-12-30', '9999-12-31')).toBe(true);
  });
});

describe('BEFORE_FOUNDING', () => {
  const withDecisionOn = (date: string) =>
    record({ parties: [state('AA', 'Alpha'), state('BB', 'Bravo')], decisions: [...founders('2000-01-01', 'AA'), { id: 'late', type: 'admit', party: 'BB', date }], asOf: '2026-02-06' });
  const beforeFounding = (date: string) => validate(withDecisionOn(date)).filter((d) => d.code === 'BEFORE_FOUNDING');
  it('is not reported for a decision dated on the last day of the calendar, or in its last month or year', () => {
    expect(beforeFounding('9999-12-31')).toEqual([]);
    expect(beforeFounding('9999-12')).toEqual([]);
    expect(beforeFounding('9999')).toEqual([]);
  });
  it('is reported for a decision dated before the founding', () => {
    expect(beforeFounding('1999-12-31')).toMatchObject([{ severity: 'warning', path: ['decisions', 1, 'date'] }]);
  });
});
