import { describe, expect, it } from 'vitest';
import { founders, record, state } from '../../_fixtures';
import { validate } from '../validate';
import { lastPlausibleDecisionDay } from './future-decisions';

const withDecisionOn = (date: string) =>
  record({ parties: [state('AA', 'Alpha'), state('BB', 'Bravo')], decisions: [...founders('2000-01-01', 'AA'), { id: 'late', type: 'admit', party: 'BB', date }], asOf: '2026-02-06' });
const future = (date: string, today?: string) => validate(withDecisionOn(date), today ? { today } : {}).filter((d) => d.code === 'DECISION_IN_FUTURE');

describe('DECISION_IN_FUTURE', () => {
  it('warns about a decision dated 9999-12-31, at its date', () => {
    expect(future('9999-12-31')).toMatchObject([{ severity: 'warning', path: ['decisions', 1, 'date'] }]);
    expect(future('9999-12-31')[0]!.message).toBe(`decision "late" is dated 9999-12-31, after a year after the record's asOf (2026-02-06)`);
  });
  it('without a today, accepts decisions up to a year after asOf', () => {
    expect(future('2027-02-06')).toEqual([]);
    expect(future('2027-02-07')).toHaveLength(1);
  });
  it('with a today, warns about any decision after it', () => {
    expect(future('2026-11-29', '2026-11-29')).toEqual([]);
    expect(future('2026-11-30', '2026-11-29')).toHaveLength(1);
  });
  it('never flags what the record knows when checked on a day before its asOf', () => {
    expect(future('2026-02-06', '2020-01-01')).toEqual([]);
  });
  it('reads a partial date from its first day', () => {
    expect(future('2026', '2026-11-29')).toEqual([]);
    expect(future('2027', '2026-11-29')).toHaveLength(1);
  });
});

describe('lastPlausibleDecisionDay', () => {
  it('stays within the calendar', () => {
    expect(lastPlausibleDecisionDay('9999-06-01', undefined)).toBe('9999-12-31');
  });
});
