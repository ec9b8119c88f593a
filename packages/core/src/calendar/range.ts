/**
 * The supported calendar: the days a `YYYY-MM-DD` string can name, from 1 January of year 1 to
 * 31 December 9999 of the proleptic Gregorian calendar. Every date a record states or a query is
 * asked about lies in it, and so does every date the engine computes: a projection covers every
 * day up to {@link LAST_DAY} and stops there. A period still under way on the last day, whose end
 * would fall after it, is open (`end: null`) and marked `endAfterLastDay`: year 10000 has no
 * four-digit name, and a five-digit one would not compare as a date string.
 *
 * Why these bounds: dates compare as strings, which holds only while every year has four digits
 * (`'10000-01-01' < '9999-12-31'` as strings); year 0 (1 BC) is left out as no record needs it
 * and ISO 8601 reserves it to agreement between the parties.
 */

/** The first supported day. */
export const FIRST_DAY = '0001-01-01';

/** The last supported day: no date, computed or given, is later. */
export const LAST_DAY = '9999-12-31';

const DATE_SHAPE = /^([+-]?)(\d+)-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is written like a date (`YYYY-MM-DD`, or with a sign or more than four digits
 * of year, as ISO 8601's expanded years) but names a day outside the supported calendar:
 * `'10000-01-01'`, `'0000-06-01'`, `'-0001-01-01'`. A day or month that no month has is not "outside", it
 * is malformed.
 * @example isOutsideCalendar('10000-01-01') // true
 * @example isOutsideCalendar('2023-02-30') // false (not a real date, but not out of range)
 */
export function isOutsideCalendar(value: string): boolean {
  const m = DATE_SHAPE.exec(value);
  if (!m) return false;
  const month = +m[3]!;
  const day = +m[4]!;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const year = +m[2]!;
  return m[1] === '-' || year < 1 || year > 9999 || m[2]!.length !== 4;
}

/**
 * Whether a computed date (a string the calendar's own arithmetic made) is a day of the supported
 * calendar: four digits of year, no sign, not year 0.
 */
export function isInCalendar(date: string): boolean {
  return date.length === 10 && date >= FIRST_DAY && date <= LAST_DAY;
}
