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

/**
 * What a window `[day, until)` says, as partial dates and without a day no source gave:
 * - `exact`: one year, month or day (`'2014'`, `'2026-05'`, `'2025-11-11'`);
 * - `before`: a year or month that a later source bounds (`'2014'` before `2014-12-29`);
 * - `between`: a range of partial dates, both inclusive (`'2016'` to `'2017'`, `'2026-03-10'` to `'2026-04-30'`).
 */
export type WindowReading =
  | { readonly kind: 'exact'; readonly date: string }
  | { readonly kind: 'before'; readonly date: string; readonly before: PlainDate }
  | { readonly kind: 'between'; readonly from: string; readonly to: string };

/**
 * Reads a window `[day, until)` as the partial dates a writer may print, in any language: the
 * cases `formatWindow` writes in English and the apps write in theirs.
 * @example readWindow('2014-01-01', '2014-12-29') // { kind: 'before', date: '2014', before: '2014-12-29' }
 * @example readWindow('2016-01-01', '2018-01-01') // { kind: 'between', from: '2016', to: '2017' }
 */
export function readWindow(day: PlainDate, until?: PlainDate): WindowReading {
  const partial = partialDateOf(day, until);
  if (partial !== undefined) return { kind: 'exact', date: partial };
  const end = until!;
  const year = day.slice(0, 4);
  const month = day.slice(0, 7);
  const yearStart = day.endsWith('-01-01');
  const monthStart = day.endsWith('-01');
  const last = addDays(end, -1);
  if (yearStart && end.endsWith('-01-01')) return { kind: 'between', from: year, to: last.slice(0, 4) };
  if (monthStart && end.endsWith('-01')) return { kind: 'between', from: month, to: last.slice(0, 7) };
  // A year or month that a later source bounds: the year as the record gives it, then the bound.
  if (yearStart && last.slice(0, 4) === year) return { kind: 'before', date: year, before: end };
  if (monthStart && last.slice(0, 7) === month) return { kind: 'before', date: month, before: end };
  return { kind: 'between', from: yearStart ? year : monthStart ? month : day, to: last };
}

/** How `formatWindow` writes dates: as words ("May 2026") or as ISO partial dates ("2026-05"). */
export type DateStyle = 'words' | 'iso';

/**
 * A day that may be known only within a window `[day, until)`, without inventing a day: `'2014'`,
 * `'May 2026'`, `'between 2016 and 2017'`, `'2014 (before 29 December 2014)'` (a year bounded by a
 * later source), `'between 10 March 2026 and 30 April 2026'` (inclusive last day), or the day.
 * @example formatWindow('2014-01-01', '2014-12-29') // '2014 (before 29 December 2014)'
 * @example formatWindow('2026-05-01', '2026-06-01', 'iso') // '2026-05'
 */
export function formatWindow(day: PlainDate, until?: PlainDate, style: DateStyle = 'words'): string {
  const write = (value: string): string => (style === 'iso' ? value : formatPartialDate(value));
  const reading = readWindow(day, until);
  if (reading.kind === 'exact') return write(reading.date);
  if (reading.kind === 'before') return `${write(reading.date)} (before ${write(reading.before)})`;
  return `between ${write(reading.from)} and ${write(reading.to)}`;
}
