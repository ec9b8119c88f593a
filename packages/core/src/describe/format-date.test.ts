import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatWindow, partialDateOf } from './format-date';

describe('formatPartialDate', () => {
  it('never adds a day or month the value does not have', () => {
    expect(formatPartialDate('2014')).toBe('2014');
    expect(formatPartialDate('2026-05')).toBe('May 2026');
    expect(formatPartialDate('2025-11-11')).toBe('11 November 2025');
  });
});

describe('formatWindow', () => {
  it('writes a whole year or month as the year or month', () => {
    expect(partialDateOf('2014-01-01', '2015-01-01')).toBe('2014');
    expect(formatWindow('2014-01-01', '2015-01-01')).toBe('2014');
    expect(formatWindow('2026-05-01', '2026-06-01', 'iso')).toBe('2026-05');
    expect(formatWindow('2025-11-11')).toBe('11 November 2025');
  });
  it('writes a year bounded by a later source without inventing 1 January', () => {
    expect(formatWindow('2014-01-01', '2014-12-29')).toBe('2014 (before 29 December 2014)');
    expect(formatWindow('2017-01-01', '2017-12-29', 'iso')).toBe('2017 (before 2017-12-29)');
    expect(formatWindow('2026-05-01', '2026-05-15', 'iso')).toBe('2026-05 (before 2026-05-15)');
  });
  it('writes windows of several years or months by their first and last', () => {
    expect(formatWindow('2016-01-01', '2018-01-01')).toBe('between 2016 and 2017');
    expect(formatWindow('2026-05-01', '2026-08-01')).toBe('between May 2026 and July 2026');
    expect(formatWindow('2016-01-01', '2018-03-10', 'iso')).toBe('between 2016 and 2018-03-09');
    expect(formatWindow('2026-03-10', '2026-05-01')).toBe('between 10 March 2026 and 30 April 2026');
  });
  it('never prints a first day of a year or month that the window does not fix', () => {
    for (const [day, until] of [['2014-01-01', '2014-12-29'], ['2016-01-01', '2018-01-01'], ['2016-01-01', '2018-03-10'], ['2026-05-01', '2026-08-01']] as const) {
      expect(formatWindow(day, until, 'iso')).not.toContain(day);
    }
  });
});
