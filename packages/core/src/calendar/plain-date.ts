// UTCDateMini: date-fns's UTCDate without its string formatters, whose three Intl.DateTimeFormat
// objects, made when the module loads, cost a CLI start about 10 ms (same getters and setters).
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { addMonths } from 'date-fns';

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD`. Never an instant: no time, no zone.
 * Plain dates compare correctly as strings, which is what the query path relies on.
 */
export type PlainDate = string;

/** How precisely a (possibly partial) date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month is 1-based). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 * Checked character by character: `holderOn` validates its date argument on every query.
 * @example isPlainDate('2024-02-29') // true
 * @example isPlainDate('2023-02-29') // false
 */
export function isPlainDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) year = year * 10 + c;
  }
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether `value` is a date known to the year (`YYYY`), the month (`YYYY-MM`) or the day.
 * @example isPartialDate('2014') // true
 */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL.exec(value);
  if (!m) return false;
  if (m[3] !== undefined) return isPlainDate(value);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12;
  }
  return true;
}

/** The precision of a partial date: `'2014'` → `'year'`. */
export function precisionOf(value: string): DatePrecision {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/**
 * The first day a partial date can mean: `'2014'` → `'2014-01-01'`, `'2014-06'` → `'2014-06-01'`.
 */
export function earliestDay(value: string): PlainDate {
  return value.length === 10 ? value : value.length === 7 ? `${value}-01` : `${value}-01-01`;
}

/**
 * The day after the last day a partial date can mean (exclusive bound):
 * `'2014'` → `'2015-01-01'`, `'2014-06-12'` → `'2014-06-13'`.
 */
export function afterLatestDay(value: string): PlainDate {
  const p = precisionOf(value);
  if (p === 'day') return addDays(value, 1);
  if (p === 'month') return addMonthsTo(`${value}-01`, 1);
  return `${Number(value.slice(0, 4)) + 1}`.padStart(4, '0') + '-01-01';
}

/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar; months outside 1–12 and
 * days outside the month roll over. UTC has no daylight-saving days, so no time zone can shift a
 * day; `setUTCFullYear`, unlike `Date.UTC`, does not map years 0–99 to 1900–1999.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  return Math.round(new Date(0).setUTCFullYear(year, month - 1, day) / 864e5);
}

/** The date `days` days after 1970-01-01: `YYYY-MM-DD`, or `-YYYYYY-MM-DD` before year 0. */
export function civilFromDays(days: number): PlainDate {
  const at = new Date(days * 864e5);
  const y = at.getUTCFullYear();
  const yyyy = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${yyyy}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The year, month and day a date string gives, read by position (`YYYY-MM-DD`) as whole numbers;
 * NaN where a field is not a number.
 */
function fieldsOf(date: PlainDate): [number, number, number] {
  return [Math.trunc(+date.slice(0, 4)), Math.trunc(+date.slice(5, 7)), Math.trunc(+date.slice(8, 10))];
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (NaN for a string that is not one). */
export function dayNumber(date: PlainDate): number {
  const [year, month, day] = fieldsOf(date);
  return daysFromCivil(year, month, day);
}

/** `date` plus `days` calendar days (negative to go back), by plain arithmetic on the proleptic Gregorian calendar. */
export function addDays(date: PlainDate, days: number): PlainDate {
  // The next day before the 28th, the common case, is in the same month: no conversion.
  const day = +date.slice(8);
  if (days === 1 && day < 28 && isPlainDate(date)) return `${date.slice(0, 8)}${day < 9 ? '0' : ''}${day + 1}`;
  return civilFromDays(dayNumber(date) + Math.trunc(days));
}

/**
 * `date` plus `months` calendar months, clamping to the end of a shorter month
 * (31 January + 1 month → 28 or 29 February).
 */
export function addMonthsTo(date: PlainDate, months: number): PlainDate {
  return addMonthsAndDays(date, months, 0);
}

/**
 * `date` plus `months` months, then plus `days` days. The months are date-fns's `addMonths`
 * (calendar months, clamped to the end of a shorter month: 31 January + 1 month → 28 or 29
 * February) on a `UTCDate`, so no time zone can move the day; days are plain day numbers.
 */
export function addMonthsAndDays(date: PlainDate, months: number, days: number): PlainDate {
  if (months === 0) return civilFromDays(dayNumber(date) + Math.trunc(days));
  const [year, month, day] = fieldsOf(date);
  if (day <= 28) {
    // Every month has a 28th: no clamping can happen, so the month is plain field arithmetic
    // (the fast path of grids anchored on the 1st; property-tested against date-fns).
    const total = year * 12 + month - 1 + Math.trunc(months);
    const y = Math.floor(total / 12);
    return civilFromDays(daysFromCivil(y, total - y * 12 + 1, day) + Math.trunc(days));
  }
  const at = new UTCDate(0);
  // setFullYear, unlike the Date constructor, does not map years 0–99 to 1900–1999.
  at.setFullYear(year, month - 1, day);
  return civilFromDays(Math.round(addMonths(at, Math.trunc(months)).getTime() / 864e5) + Math.trunc(days));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The earlier of two plain dates. */
export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}

/** The later of two plain dates. */
export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}
