import { describe, expect, it } from 'vitest';
import type { TermRule } from '../schema/rule';
import { termEnd, termStart } from './term';

const threeYears: TermRule = { id: 't', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment' };

describe('termEnd', () => {
  it('adds the term length to the appointment day', () => {
    expect(termEnd(threeYears, '2022-11-11')).toBe('2025-11-11');
  });
  it('gives no end to a term that would end after 9999-12-31, where addDuration would stop at that day', () => {
    expect(termEnd(threeYears, '9996-12-31')).toBe('9999-12-31');
    expect(termEnd(threeYears, '9998-06-01')).toBeUndefined();
    expect(termEnd(threeYears, '9990-06-01', { extensions: [{ for: 'P9Y' }] })).toBeUndefined();
    expect(termEnd(threeYears, '9998-06-01', { extensions: [{ until: '9999-06-01' }] })).toBe('9999-06-01');
  });
  it('clamps a term that starts on 29 February to 28 February', () => {
    expect(termEnd(threeYears, '2024-02-29')).toBe('2027-02-28');
  });
  it('adds an extension to the end as it stood', () => {
    expect(termEnd(threeYears, '2018-09-03', { extensions: [{ for: 'P1Y' }] })).toBe('2022-09-03');
  });
  it('moves the end to an extension\'s until day', () => {
    expect(termEnd(threeYears, '2018-09-03', { extensions: [{ for: 'P1Y' }, { until: '2022-11-14' }] })).toBe('2022-11-14');
  });
  it('counts from taking office when the rule says so', () => {
    expect(termEnd({ ...threeYears, start: 'taking-office' }, '2022-11-11', { tookOfficeOn: '2022-11-14' })).toBe('2025-11-14');
  });
});

describe('termStart', () => {
  const fixed: TermRule = { ...threeYears, start: 'fixed-date', fixedDate: '01-01' };
  it('waits for the next fixed day of the year', () => {
    expect(termStart(fixed, '2020-06-01', '2020-06-15')).toBe('2021-01-01');
    expect(termStart(fixed, '2020-12-01', '2021-01-01')).toBe('2021-01-01');
  });
  it('uses 28 February for a fixed 29 February in a common year', () => {
    expect(termStart({ ...fixed, fixedDate: '02-29' }, '2023-01-10', '2023-01-10')).toBe('2023-02-28');
  });
});
