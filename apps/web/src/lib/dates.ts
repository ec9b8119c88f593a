import { isPlainDate, type PlainDate } from '@turnus/core';
import { lang, type Lang } from '../i18n/lang';

const intl = new Map<string, Intl.DateTimeFormat>();

/** A date in words in another language, through Intl, at noon UTC so that no time zone moves it. */
function formatDateIntl(date: string, language: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  const key = `${language}:${m === undefined ? 'y' : d === undefined ? 'm' : 'd'}`;
  let f = intl.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, m === undefined ? { year: 'numeric', timeZone: 'UTC' } : d === undefined ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    intl.set(key, f);
  }
  return f.format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12)));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A (possibly partial) calendar date in words: `2021-11-12` → "12 November 2021", `2026-05` →
 * "May 2026", `2026` → "2026". Built from the string's fields, never through `Date`, so no time
 * zone can move it.
 */
export function formatDate(date: string, language: Lang = lang()): string {
  if (language !== 'en') return formatDateIntl(date, language);
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/**
 * A date as shown for a period start whose precision may be coarser than its first day: a start
 * known only to the year is "2026", not "1 January 2026".
 */
export function formatAtPrecision(date: PlainDate, precision: 'day' | 'month' | 'year'): string {
  return formatDate(precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date);
}

/** A date range in words; `end: null` reads "present" (or "open" for projections). */
export function formatSpan(start: string, end: string | null, open = 'present'): string {
  return `${formatDate(start)} – ${end === null ? open : formatDate(end)}`;
}

/**
 * The calendar date of an instant in the local calendar of the machine or browser: the one place
 * where the web app reads a clock ("today" at the edge), once per build or per page load.
 */
export function localToday(now: Date): PlainDate {
  return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The `?on=YYYY-MM-DD` parameter of a query string, if it is a real calendar date. */
export function dateFromQuery(search: string): PlainDate | undefined {
  const value = new URLSearchParams(search).get('on');
  return value !== null && isPlainDate(value) ? value : undefined;
}

/** Whether a string is a date known to the day (for inputs typed by a visitor). */
export function isDay(value: string): value is PlainDate {
  return isPlainDate(value);
}
