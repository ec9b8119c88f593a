import { addDays, afterLatestDay, precisionOf, type DatePrecision, type PlainDate } from '../calendar/plain-date';

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

/** How `formatWindow` writes dates: as words ("May 2026") or as ISO partial dates ("2026-05"). */
export type DateStyle = 'words' | 'iso';

const write = (value: string, style: DateStyle): string => (style === 'iso' ? value : formatPartialDate(value));

/**
 * A day that may be known only within a window `[day, until)`, without inventing a day: `'2014'`,
 * `'May 2026'`, `'between 2016 and 2017'`, `'2014 (before 29 December 2014)'` (a year bounded by a
 * later source), `'between 10 March 2026 and 30 April 2026'` (inclusive last day), or the day.
 * @example formatWindow('2014-01-01', '2014-12-29') // '2014 (before 29 December 2014)'
 * @example formatWindow('2026-05-01', '2026-06-01', 'iso') // '2026-05'
 */
export function formatWindow(day: PlainDate, until?: PlainDate, style: DateStyle = 'words'): string {
  const partial = partialDateOf(day, until);
  if (partial !== undefined) return write(partial, style);
  const end = until!;
  const yearStart = day.endsWith('-01-01');
  const monthStart = day.endsWith('-01');
  if (yearStart && end.endsWith('-01-01')) return `between ${write(day.slice(0, 4), style)} and ${write(String(Number(end.slice(0, 4)) - 1).padStart(4, '0'), style)}`;
  const last = addDays(end, -1);
  if (monthStart && end.endsWith('-01')) return `between ${write(day.slice(0, 7), style)} and ${write(last.slice(0, 7), style)}`;
  // A year or month that a later source bounds: the year as the record gives it, then the bound.
  if (yearStart && last.slice(0, 4) === day.slice(0, 4)) return `${write(day.slice(0, 4), style)} (before ${write(end, style)})`;
  if (monthStart && last.slice(0, 7) === day.slice(0, 7)) return `${write(day.slice(0, 7), style)} (before ${write(end, style)})`;
  const from = yearStart ? day.slice(0, 4) : monthStart ? day.slice(0, 7) : day;
  return `between ${write(from, style)} and ${write(last, style)}`;
}
