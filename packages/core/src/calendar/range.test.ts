import { describe, expect, it } from 'vitest';
import { addDurationWithin, addDuration } from './duration';
import { isPartialDate, isPlainDate, latestDay } from './plain-date';
import { FIRST_DAY, isInCalendar, isOutsideCalendar, LAST_DAY } from './range';

describe('the supported calendar', () => {
  it('runs from 0001-01-01 to 9999-12-31, both real plain dates', () => {
    expect([FIRST_DAY, LAST_DAY]).toEqual(['0001-01-01', '9999-12-31']);
    expect(isPlainDate(FIRST_DAY) && isPlainDate(LAST_DAY)).toBe(true);
  });
  it('has no year 0: isPlainDate and isPartialDate refuse it', () => {
    expect(isPlainDate('0000-06-01')).toBe(false);
    expect(isPartialDate('0000')).toBe(false);
    expect(isPartialDate('0000-06')).toBe(false);
    expect(isPartialDate('0001')).toBe(true);
  });
  it('tells a date outside it from a malformed one', () => {
    for (const d of ['10000-01-01', '0000-06-01', '-0001-01-01', '+10000-01-01', '99999-12-31']) expect(isOutsideCalendar(d)).toBe(true);
    for (const d of ['9999-12-31', '0001-01-01', '2023-02-30', '2023-13-01', 'tomorrow', '2023-1-1', '']) expect(isOutsideCalendar(d)).toBe(false);
  });
  it('knows a computed date in it from one past it', () => {
    expect(isInCalendar('9999-12-31')).toBe(true);
    expect(isInCalendar('10000-01-01')).toBe(false);
    expect(isInCalendar('0000-12-31')).toBe(false);
    expect(isInCalendar('-000001-12-31')).toBe(false);
  });
});

describe('addDurationWithin', () => {
  it('is addDuration inside the calendar', () => {
    expect(addDurationWithin('2020-02-29', 'P3Y')).toBe(addDuration('2020-02-29', 'P3Y'));
    expect(addDurationWithin('9998-12-31', 'P1Y')).toBe('9999-12-31');
    expect(addDurationWithin('0001-01-02', 'P1D', -1)).toBe('0001-01-01');
  });
  it('is undefined past either end, where addDuration keeps the first or last day', () => {
    expect(addDurationWithin('9999-12-31', 'P1D')).toBeUndefined();
    expect(addDuration('9999-12-31', 'P1D')).toBe('9999-12-31');
    expect(addDurationWithin('9999-06-01', 'P1Y')).toBeUndefined();
    expect(addDurationWithin('2001-05-01', 'P1Y', 1e9)).toBeUndefined();
    expect(addDurationWithin('0001-01-01', 'P1D', -1)).toBeUndefined();
  });
});

describe('latestDay', () => {
  it('is the last day a partial date can mean, never past the calendar', () => {
    expect(latestDay('2014')).toBe('2014-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(latestDay('2014-06-12')).toBe('2014-06-12');
    expect(latestDay('9999')).toBe('9999-12-31');
    expect(latestDay('9999-12')).toBe('9999-12-31');
  });
});
