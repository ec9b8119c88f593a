import { addDuration, parseDuration, type DurationParts } from '../calendar/duration';
import { daysBetween, type PlainDate } from '../calendar/plain-date';

function partsOf(every: string | DurationParts): DurationParts {
  const parts = typeof every === 'string' ? parseDuration(every) : every;
  if (!parts) throw new RangeError(`Not an ISO 8601 calendar duration: ${String(every)}`);
  return parts;
}

/**
 * The index `k` of the last day of the grid `anchor + k × every` on or before `date` (negative
 * before the anchor). The grid is computed from the anchor each time, so it never drifts.
 */
export function gridIndex(anchor: PlainDate, every: string | DurationParts, date: PlainDate): number {
  const parts = partsOf(every);
  const stepDays = parts.years * 365.2425 + parts.months * 30.436875 + parts.weeks * 7 + parts.days;
  let k = Math.floor(daysBetween(anchor, date) / stepDays);
  while (addDuration(anchor, parts, k) > date) k--;
  while (addDuration(anchor, parts, k + 1) <= date) k++;
  return k;
}

/** The grid day on or before `date`: the nominal start of the period `date` falls in. */
export function gridDayAtOrBefore(anchor: PlainDate, every: string | DurationParts, date: PlainDate): PlainDate {
  return addDuration(anchor, partsOf(every), gridIndex(anchor, every, date));
}

/** The first grid day strictly after `date`: the nominal end of the period `date` falls in. */
export function gridDayAfter(anchor: PlainDate, every: string | DurationParts, date: PlainDate): PlainDate {
  return addDuration(anchor, partsOf(every), gridIndex(anchor, every, date) + 1);
}
