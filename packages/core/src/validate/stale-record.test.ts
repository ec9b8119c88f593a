import { describe, expect, it } from 'vitest';
import { founders, record, state } from '../_fixtures';
import { validate } from './validate';

const fresh = (extra: { staleAfter?: string } = {}) => ({ ...record({ parties: [state('AA', 'Alpha')], decisions: founders('2000-01-01', 'AA'), asOf: '2026-02-06' }), ...extra });
const stale = (today: string, extra: { staleAfter?: string } = {}) => validate(fresh(extra), { today }).filter((d) => d.code === 'STALE_RECORD');

describe('STALE_RECORD', () => {
  it('warns when asOf is six months old or more by default, on asOf', () => {
    expect(stale('2026-08-05')).toEqual([]);
    expect(stale('2026-08-06')).toMatchObject([{ severity: 'warning', path: ['asOf'] }]);
    expect(stale('2026-11-29')[0]!.message).toBe('the record is as of 2026-02-06, older on 2026-11-29 than its staleAfter (P6M)');
  });
  it('follows the threshold the record sets', () => {
    expect(stale('2026-11-29', { staleAfter: 'P1Y' })).toEqual([]);
    expect(stale('2026-03-07', { staleAfter: 'P1M' })).toHaveLength(1);
  });
  it('never warns without a today: staleness is judged against the day given', () => {
    expect(validate(fresh()).filter((d) => d.code === 'STALE_RECORD')).toEqual([]);
  });
});
