import { addDays as addDaysFns, addMonths } from 'date-fns';

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
 * Plain dates become `Date` objects at local noon: a local noon exists on every day in every
 * time zone (daylight-saving jumps happen at night), so date-fns arithmetic on it and reading
 * the local calendar fields back never shifts the day, whatever `TZ` the process runs in.
 */
export function toNoon(date: PlainDate): Date {
  const year = +date.slice(0, 4);
  const at = new Date(year, +date.slice(5, 7) - 1, +date.slice(8, 10), 12);
  // The Date constructor maps years 0–99 to 1900–1999; set the year again for those.
  if (year < 100) at.setFullYear(year);
  return at;
}

/** The plain date a `Date` falls on in the process's local calendar (the inverse of {@link toNoon}). */
export function fromLocal(at: Date): PlainDate {
  const y = at.getFullYear();
  const yyyy = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${yyyy}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The plain date `days` days after 1970-01-01, written as {@link fromLocal} writes it (civil_from_days). */
export function civilFromDays(days: number): PlainDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const yyyy = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since 1970-01-01 of a real `YYYY-MM-DD` date. */
export function dayNumber(date: PlainDate): number {
  return daysFromCivil(+date.slice(0, 4), (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48, (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48);
}

/**
 * `date` plus `days` calendar days (negative to go back). Plain arithmetic on the proleptic
 * Gregorian calendar (no `Date`): the checks and the audit call it for every period.
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  if (!isPlainDate(date) || !Number.isInteger(days)) return fromLocal(addDaysFns(toNoon(date), days));
  const year = +date.slice(0, 4);
  const month = (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48;
  const day = (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48;
  // The next or previous day within the month, the common case, needs no conversion.
  if (days === 1 && day < daysInMonth(year, month)) return `${date.slice(0, 8)}${day < 9 ? '0' : ''}${day + 1}`;
  if (days === -1 && day > 1) return `${date.slice(0, 8)}${day < 11 ? '0' : ''}${day - 1}`;
  return civilFromDays(daysFromCivil(year, month, day) + days);
}

/**
 * `date` plus `months` calendar months, clamping to the end of a shorter month
 * (31 January + 1 month → 28 or 29 February).
 */
export function addMonthsTo(date: PlainDate, months: number): PlainDate {
  return fromLocal(addMonths(toNoon(date), months));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  if (isPlainDate(from) && isPlainDate(to)) return dayNumber(to) - dayNumber(from);
  // Counting days needs no calendar rules beyond the proleptic Gregorian ones Date.UTC applies,
  // and UTC has no daylight-saving days of 23 or 25 hours.
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const utc = (d: PlainDate) => new Date(0).setUTCFullYear(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The earlier of two plain dates. */
export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}

/** The later of two plain dates. */
export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}
