import { afterLatestDay, precisionOf, type DatePrecision, type PlainDate } from '../calendar/plain-date';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as words, as precisely as it is known: `'2014'` → `'2014'`, `'2014-05'` → `'May 2014'`,
 * `'2025-11-11'` → `'11 November 2025'`. Never adds a day or month a source did not give.
 */
export function formatPartialDate(value: string): string {
  const year = String(Number(value.slice(0, 4)));
  const p = precisionOf(value);
  if (p === 'year') return year;
  const month = MONTHS[Number(value.slice(5, 7)) - 1]!;
  return p === 'month' ? `${month} ${year}` : `${Number(value.slice(8, 10))} ${month} ${year}`;
}

/**
 * The partial date a window `[day, until)` stands for: the year or month it covers exactly, else
 * the day itself when there is no window. `undefined` for other windows (say "between … and …").
 * @example partialDateOf('2014-01-01', '2015-01-01') // '2014'
 */
export function partialDateOf(day: PlainDate, until?: PlainDate): string | undefined {
  if (until === undefined) return day;
  const year = day.slice(0, 4);
  if (day.endsWith('-01-01') && until === afterLatestDay(year)) return year;
  const month = day.slice(0, 7);
  if (day.endsWith('-01') && until === afterLatestDay(month)) return month;
  return undefined;
}

/** The precision a window stands for: `year`, `month`, or `day` (also for irregular windows). */
export function precisionOfWindow(day: PlainDate, until?: PlainDate): DatePrecision {
  const partial = partialDateOf(day, until);
  return partial === undefined ? 'day' : precisionOf(partial);
}

/**
 * A day that may be known only within a window, as words: `'2014'`, `'May 2026'`,
 * `'between 1 March 2014 and 11 December 2014'`, or the day.
 */
export function formatWindow(day: PlainDate, until?: PlainDate): string {
  const partial = partialDateOf(day, until);
  if (partial !== undefined) return formatPartialDate(partial);
  return `between ${formatPartialDate(day)} and ${formatPartialDate(until!)}`;
}
