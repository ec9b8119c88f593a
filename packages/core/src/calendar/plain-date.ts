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
 * Whether `value` is a real calendar date written `YYYY-MM-DD`, in the supported calendar
 * (`0001-01-01` … `9999-12-31`, see `calendar/range.ts`: year 0 is not one).
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
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether `value` is a date known to the year (`YYYY`), the month (`YYYY-MM`) or the day.
 * @example isPartialDate('2014') // true
 */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL.exec(value);
  if (!m || m[1] === '0000') return false;
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
 * The last day a partial date can mean (inclusive): `'2014'` → `'2014-12-31'`,
 * `'2014-02'` → `'2014-02-28'`. Unlike {@link afterLatestDay} it never leaves the calendar:
 * `'9999'` → `'9999-12-31'`.
 */
export function latestDay(value: string): PlainDate {
  if (value.length === 10) return value;
  if (value.length === 7) return `${value}-${daysInMonth(+value.slice(0, 4), +value.slice(5, 7))}`;
  return `${value}-12-31`;
}

/**
 * The day after the last day a partial date can mean (exclusive bound). For a date of the last
 * days of year 9999 it is `'10000-01-01'`, no plain date (it sorts before every other as a
 * string): compare with {@link latestDay} where a date may be that late.
 * `'2014'` → `'2015-01-01'`, `'2014-06-12'` → `'2014-06-13'`.
 */
export function afterLatestDay(value: string): PlainDate {
  const p = precisionOf(value);
  if (p === 'day') return addDays(value, 1);
  if (p === 'month') return addMonthsTo(`${value}-01`, 1);
  return `${Number(value.slice(0, 4)) + 1}`.padStart(4, '0') + '-01-01';
}

/** The most days from 1970-01-01 a JavaScript Date reaches (±100,000,000): past it, NaN, as a Date gives. */
const DATE_LIMIT = 1e8;

/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar; months outside 1–12 and
 * days outside the month roll over (as `Date.prototype.setUTCFullYear`, against which it is
 * tested). Whole-number arithmetic in 400-year eras (H. Hinnant's `days_from_civil`), with no
 * Date object: projections to year 9999 compute hundreds of thousands of days.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const m0 = Math.trunc(month) - 1;
  const carry = Math.floor(m0 / 12);
  const m = m0 - carry * 12 + 1;
  const y = Math.trunc(year) + carry - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468 + Math.trunc(day) - 1;
  return Math.abs(days) > DATE_LIMIT ? NaN : days;
}

/**
 * The date `days` days after 1970-01-01: `YYYY-MM-DD`, or `-YYYYYY-MM-DD` before year 0
 * (H. Hinnant's `civil_from_days`, no Date object).
 */
export function civilFromDays(days: number): PlainDate {
  // The day an instant `days` × 24 h after the epoch falls on, as a Date reads it: the floor.
  const z = Math.floor(days);
  if (!(Math.abs(days) <= DATE_LIMIT)) return '0NaN-NaN-NaN';
  const shifted = z + 719468;
  const era = Math.floor(shifted / 146097);
  const doe = shifted - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const yyyy = y < 0 ? `-${String(-y).padStart(6, '0')}` : y < 1000 ? String(y).padStart(4, '0') : String(y);
  return `${yyyy}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
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
 * `date` plus `months` months, then plus `days` days. The months are calendar months clamped to
 * the end of a shorter month (31 January + 1 month → 28 or 29 February), as date-fns's
 * `addMonths` counts them (property-tested against it), by field arithmetic: no Date, so no time
 * zone can move the day; days are plain day numbers.
 *
 * Why not date-fns at run time, as the rest of the project's date arithmetic was: `addMonths` on
 * a `UTCDate` was 451 B of `holderOn`'s 10 KB gzipped budget (`pnpm bench`, bundle section), for
 * the few lines below. date-fns stays the reference: the property tests compare with it.
 */
export function addMonthsAndDays(date: PlainDate, months: number, days: number): PlainDate {
  let [year, month, day] = fieldsOf(date);
  if (day > 28) {
    // A day past the end of its month (not a plain date) rolls over first, as a Date does.
    const rolled = dayNumber(date);
    if (day > daysInMonth(year, month) && rolled === rolled) [year, month, day] = fieldsOf(civilFromDays(rolled));
  }
  const total = year * 12 + month - 1 + Math.trunc(months);
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return civilFromDays(daysFromCivil(y, m, Math.min(day, daysInMonth(y, m))) + Math.trunc(days));
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
