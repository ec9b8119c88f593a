import { describe, expect, it } from 'vitest';
import { history } from '@turnus/core';
import { ots } from '@turnus/data';
import { formatDate } from './dates';
import { endText, endUncertainUntil, termEndText } from './tenure-end';

describe('endText', () => {
  const [akinci, hasanov, amreyev, omuraliev] = history(ots, 'secretary-general');
  it('gives the window in which a tenure ended when the successor’s start is uncertain', () => {
    // Hasanov took over some day in 2014: Akıncı's end is that window.
    expect(hasanov!.startUncertainUntil).toBeDefined();
    expect(endUncertainUntil(ots, akinci!)).toBe(hasanov!.startUncertainUntil);
    expect(endText(ots, akinci!)).toBe(`some day between 1 January 2014 and ${formatDate(hasanov!.startUncertainUntil!)}`);
  });
  it('gives an exact end as a day, and a running tenure as present', () => {
    expect(endUncertainUntil(ots, hasanov!)).toBeUndefined();
    expect(endText(ots, amreyev!)).toBe('14 November 2022');
    expect(endText(ots, { ...omuraliev!, end: null })).toBe('present');
  });
});

describe('termEndText', () => {
  const [, hasanov, amreyev] = history(ots, 'secretary-general');
  it('says a term end counted from an uncertain start is the earliest possible', () => {
    expect(termEndText(hasanov!)).toBe('1 January 2017 at the earliest (the day the term began is not known)');
    expect(termEndText(amreyev!)).toBe('3 September 2022');
  });
});
