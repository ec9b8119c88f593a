import { addMonthsAndDays, type PlainDate } from './plain-date';
import { FIRST_DAY, LAST_DAY } from './range';

export { FIRST_DAY, LAST_DAY };

/** An ISO 8601 duration of whole calendar units, e.g. `P3Y`, `P6M`, `P1Y6M`, `P2W`, `P10D`. */
export type IsoDuration = string;

/** A duration split into calendar units. */
export interface DurationParts {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const parsed = new Map<string, DurationParts | undefined>();

/**
 * Parses an ISO 8601 calendar duration (years, months, weeks, days; no time part).
 * Returns `undefined` when the text is not one, or when it is zero.
 * @example parseDuration('P1Y6M') // { years: 1, months: 6, weeks: 0, days: 0 }
 */
export function parseDuration(text: string): DurationParts | undefined {
  // Memoized: rules name a handful of durations, asked for once per period.
  if (parsed.has(text)) return parsed.get(text);
  const m = DURATION.exec(text);
  let parts: DurationParts | undefined;
  if (m) {
    parts = { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), weeks: Number(m[3] ?? 0), days: Number(m[4] ?? 0) };
    if (parts.years + parts.months + parts.weeks + parts.days === 0) parts = undefined;
  }
  if (parsed.size < 1000) parsed.set(text, parts);
  return parts;
}

/**
 * The longest duration a record may state: 9998 years, so that a duration added to any date of
 * year 1 stays within year 9999, the last year a `YYYY-MM-DD` date can name.
 */
export const MAX_DURATION_YEARS = 9998;

/**
 * Whether `text` is a non-zero ISO 8601 calendar duration of at most {@link MAX_DURATION_YEARS}
 * years (weeks and days counted as 365.2425 days a year).
 * @example isBoundedDuration('P3Y') // true
 * @example isBoundedDuration('P9999999Y') // false
 */
export function isBoundedDuration(text: string): boolean {
  const parts = parseDuration(text);
  if (!parts) return false;
  const years = parts.years + parts.months / 12 + (parts.weeks * 7 + parts.days) / 365.2425;
  return years <= MAX_DURATION_YEARS;
}

/** Whether `text` is a non-zero ISO 8601 calendar duration. */
export function isDuration(text: string): boolean {
  return parseDuration(text) !== undefined;
}

/**
 * `date` plus `times` × `duration`. Years and months are added first, clamping to the end of
 * a shorter month, then weeks and days — so 29 February + `P3Y` is 28 February, and
 * 31 January + `P1M` is the last day of February.
 *
 * Multiples are computed from `date` in one step (anchor + k × duration), never by repeated
 * addition, so a grid of monthly periods anchored on the 31st does not drift to the 28th.
 * @example addDuration('2020-02-29', 'P3Y') // '2023-02-28'
 */
export function addDuration(date: PlainDate, duration: IsoDuration | DurationParts, times = 1): PlainDate {
  // Beyond what a date can name, the result stays at the first or last day (a term of 8000
  // years from 2001 ends "never" within the calendar, not in year 10000 or at NaN).
  const out = shift(date, duration, times);
  return out === BEFORE ? FIRST_DAY : out === AFTER ? LAST_DAY : out;
}

/**
 * {@link addDuration}, or `undefined` where the result would fall outside the supported calendar
 * (before `0001-01-01` or after `9999-12-31`) instead of that calendar's first or last day: a
 * projection must tell a period that ends on 31 December 9999 from one that would end later.
 * @example addDurationWithin('9998-06-01', 'P1Y') // '9999-06-01'
 * @example addDurationWithin('9999-06-01', 'P1Y') // undefined
 */
export function addDurationWithin(date: PlainDate, duration: IsoDuration | DurationParts, times = 1): PlainDate | undefined {
  const out = shift(date, duration, times);
  return out === BEFORE || out === AFTER ? undefined : out;
}

const BEFORE = 0;
const AFTER = 1;

/**
 * `duration` split into its units.
 * @throws {RangeError} when the text is not a non-zero ISO 8601 calendar duration.
 */
export function durationParts(duration: IsoDuration | DurationParts): DurationParts {
  const parts = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!parts) throw new RangeError(`Not an ISO 8601 calendar duration: ${String(duration)}`);
  return parts;
}

/** `date` plus `times` × `duration`, or which side of the calendar the result would fall on. */
function shift(date: PlainDate, duration: IsoDuration | DurationParts, times: number): PlainDate | typeof BEFORE | typeof AFTER {
  const parts = durationParts(duration);
  // Calendar units first (clamped to the end of a shorter month), then days.
  const months = (parts.years * 12 + parts.months) * times;
  const days = (parts.weeks * 7 + parts.days) * times;
  // More than the calendar spans: no arithmetic (it would leave the range of a JavaScript Date).
  if (Math.abs(months) > 12 * 10_000 || Math.abs(days) > 3_700_000) return months + days > 0 ? AFTER : BEFORE;
  // Plain arithmetic on the proleptic Gregorian calendar: months first, clamped to the end of a
  // shorter month, then days.
  const out = addMonthsAndDays(date, months, days);
  if (out[0] === '-') return BEFORE;
  const year = +out.slice(0, out.length - 6);
  if (Number.isNaN(year) || year > 9999) return Number.isNaN(year) && months + days < 0 ? BEFORE : AFTER;
  if (year < 1) return BEFORE;
  return out;
}
