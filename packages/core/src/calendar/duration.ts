import { addDays, addMonths } from 'date-fns';
import { fromLocal, toNoon, type PlainDate } from './plain-date';

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
  const parts = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!parts) throw new RangeError(`Not an ISO 8601 calendar duration: ${String(duration)}`);
  // Calendar units first (date-fns clamps to the end of a shorter month), then days.
  const months = (parts.years * 12 + parts.months) * times;
  const days = (parts.weeks * 7 + parts.days) * times;
  let at = toNoon(date);
  if (months !== 0) at = addMonths(at, months);
  if (days !== 0) at = addDays(at, days);
  return fromLocal(at);
}
