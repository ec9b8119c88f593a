import { addDays, afterLatestDay, type DatePrecision, type PlainDate } from '../calendar/plain-date';

/**
 * A date for an export, as precisely as it is known and never more:
 * - `text`: a day (`2021-11-12`), a month (`2026-05`) or a year (`2014`), as ISO 8601 writes
 *   reduced precision; or, for a window that is no single month or year, an interval of its
 *   first and last month, year or day (`2015-07/2016-06`);
 * - `precision`: `day`, `month`, `year` or `window`;
 * - `before`: where a source narrows a month or year (in office "by 29 December 2014"), the
 *   exclusive bound of the window (`2014-12-29`); absent when the month or year itself bounds it.
 */
export interface DateField {
  readonly text: string;
  readonly precision: DatePrecision | 'window';
  readonly before?: PlainDate;
}

/** A date known within `[day, until)` (or to `precision` when there is no window) as an export writes it. */
export function dateField(day: PlainDate, precision: DatePrecision, until?: PlainDate): DateField {
  const year = day.slice(0, 4);
  const month = day.slice(0, 7);
  if (until === undefined) {
    if (precision === 'year') return { text: year, precision };
    if (precision === 'month') return { text: month, precision };
    return { text: day, precision: 'day' };
  }
  const last = addDays(until, -1);
  if (day.endsWith('-01-01') && last.slice(0, 4) === year) return until === afterLatestDay(year) ? { text: year, precision: 'year' } : { text: year, precision: 'year', before: until };
  if (day.endsWith('-01') && last.slice(0, 7) === month) return until === afterLatestDay(month) ? { text: month, precision: 'month' } : { text: month, precision: 'month', before: until };
  if (last === day) return { text: day, precision: 'day' };
  const from = day.endsWith('-01-01') ? year : day.endsWith('-01') ? month : day;
  const to = until.endsWith('-01-01') ? last.slice(0, 4) : until.endsWith('-01') ? last.slice(0, 7) : last;
  return { text: `${from}/${to}`, precision: 'window' };
}
