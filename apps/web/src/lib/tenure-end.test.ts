import { describe, expect, it } from 'vitest';
import { history } from '@turnus/core';
import { ots } from '@turnus/data';
import { formatDate } from './dates';
import { endText, endUncertainUntil, termEndText, termEndUnknownText, windowText } from './tenure-end';

describe('endText', () => {
  const [akinci, hasanov, amreyev, omuraliev] = history(ots, 'secretary-general');
  it('gives the window in which a tenure ended when the successor’s start is uncertain', () => {
    // Hasanov took over some day in 2014: Akıncı's end is that window.
    expect(hasanov!.startUncertainUntil).toBeDefined();
    expect(endUncertainUntil(ots, akinci!)).toBe(hasanov!.startUncertainUntil);
    expect(endText(ots, akinci!)).toBe(`2014, before ${formatDate(hasanov!.startUncertainUntil!)}`);
    expect(endText(ots, akinci!)).not.toContain('1 January');
  });
  it('gives an exact end as a day, and a running tenure as present', () => {
    expect(endUncertainUntil(ots, hasanov!)).toBeUndefined();
    expect(endText(ots, amreyev!)).toBe('14 November 2022');
    expect(endText(ots, { ...omuraliev!, end: null })).toBe('present');
  });
});

describe('termEndText', () => {
  const [, hasanov, amreyev] = history(ots, 'secretary-general');
  it('gives a term end counted from an uncertain start as its window, never an invented 1 January', () => {
    expect(termEndText(hasanov!)).toBe('2017, before 29 December 2017');
    expect(termEndText(amreyev!)).toBe('3 September 2022');
  });
});

describe('termEndUnknownText', () => {
  const [, , amreyev, omuraliev] = history(ots, 'secretary-general');
  it('says a term extended for a length no source gives has an end not known, never that there is no term rule', () => {
    // The 2025 extension at the Budapest informal summit gives no length (Kabar, Zakon.kz, EADaily).
    expect(omuraliev!.termEndUnknown).toBe(true);
    expect(termEndText(omuraliev!)).toBeUndefined();
    expect(termEndUnknownText(ots, omuraliev!)).toBe('not known (extended on 21 May 2025, for a length no source gives)');
    expect(termEndUnknownText(ots, amreyev!)).toBeUndefined();
  });
});

describe('windowText', () => {
  it('writes a window without a day no source gave', () => {
    expect(windowText('2014-01-01', '2015-01-01')).toBe('2014');
    expect(windowText('2026-05-01', '2026-06-01')).toBe('May 2026');
    expect(windowText('2014-01-01', '2014-12-29')).toBe('2014, before 29 December 2014');
    expect(windowText('2016-01-01', '2018-01-01')).toBe('some day between 2016 and 2017');
    expect(windowText('2026-03-10', '2026-05-01')).toBe('some day between 10 March 2026 and 30 April 2026');
    expect(windowText('2025-11-11', undefined)).toBe('11 November 2025');
  });
});
