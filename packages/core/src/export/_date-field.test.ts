import { describe, expect, it } from 'vitest';
import { dateField } from './_date-field';

describe('dateField', () => {
  it('writes a day, a month or a year as precisely as it is known', () => {
    expect(dateField('2021-11-12', 'day')).toEqual({ text: '2021-11-12', precision: 'day' });
    expect(dateField('2026-05-01', 'month')).toEqual({ text: '2026-05', precision: 'month' });
    expect(dateField('2014-01-01', 'year', '2015-01-01')).toEqual({ text: '2014', precision: 'year' });
  });
  it('keeps the bound a source gives inside a year, and never writes 1 January', () => {
    expect(dateField('2014-01-01', 'year', '2014-12-29')).toEqual({ text: '2014', precision: 'year', before: '2014-12-29' });
    expect(dateField('2017-01-01', 'day', '2017-12-29')).toEqual({ text: '2017', precision: 'year', before: '2017-12-29' });
  });
  it('writes a window that is no single month or year as an interval', () => {
    expect(dateField('2015-07-01', 'day', '2016-07-01')).toEqual({ text: '2015-07/2016-06', precision: 'window' });
    expect(dateField('2016-01-01', 'year', '2018-01-01')).toEqual({ text: '2016/2017', precision: 'window' });
    expect(dateField('2016-03-10', 'day', '2016-05-01')).toEqual({ text: '2016-03-10/2016-04', precision: 'window' });
  });
});
