import { addDuration, addDurationWithin, durationParts as partsOf, type DurationParts } from '../calendar/duration';
import { daysBetween, isPlainDate, type PlainDate } from '../calendar/plain-date';
import { FIRST_DAY, LAST_DAY } from '../calendar/range';
import { gridDays } from '../model/indexes';

/**
 * The grid's day `k`: `anchor + k × every`, memoized because audits and projections ask for the
 * same days again and again (one period's nominal end is the next one's nominal start).
 */
export function gridDay(anchor: PlainDate, every: DurationParts, k: number): PlainDate {
  let byAnchor = gridDays.get(every);
  if (!byAnchor) gridDays.set(every, (byAnchor = new Map()));
  let days = byAnchor.get(anchor);
  if (!days || days.size > 200_000) byAnchor.set(anchor, (days = new Map()));
  let day = days.get(k);
  if (day === undefined) days.set(k, (day = addDuration(anchor, every, k)));
  return day;
}

/**
 * The index `k` of the last day of the grid `anchor + k × every` on or before `date` (negative
 * before the anchor). The grid is computed from the anchor each time, so it never drifts.
 * The first guess is exact for day and week grids and at most one off for month and year grids,
 * so audits and projections of 100,000 periods stay fast.
 */
export function gridIndex(anchor: PlainDate, every: string | DurationParts, date: PlainDate): number {
  const parts = partsOf(every);
  const months = parts.years * 12 + parts.months;
  const days = parts.weeks * 7 + parts.days;
  let k =
    months === 0
      ? Math.floor(daysBetween(anchor, date) / days)
      : days === 0
        ? Math.floor(((+date.slice(0, 4) - +anchor.slice(0, 4)) * 12 + (+date.slice(5, 7) - +anchor.slice(5, 7))) / months)
        : Math.floor(daysBetween(anchor, date) / (months * 30.436875 + days));
  // A grid of days and weeks has no uneven steps: the division is exact.
  if (months === 0 && isPlainDate(anchor) && isPlainDate(date)) return k;
  // Grid days outside the calendar are kept at its first or last day (addDuration), so a search
  // that reaches one stops there: otherwise a date on or after 9999-12-31 would never be passed.
  for (let day = gridDay(anchor, parts, k); day > date && !(day === FIRST_DAY && outside(anchor, parts, k)); day = gridDay(anchor, parts, k)) k--;
  for (let day = gridDay(anchor, parts, k + 1); day <= date && !(day === LAST_DAY && outside(anchor, parts, k + 1)); day = gridDay(anchor, parts, k + 1)) k++;
  return k;
}

/** Whether the grid's day `k` falls outside the supported calendar (gridDay gives its first or last day). */
function outside(anchor: PlainDate, parts: DurationParts, k: number): boolean {
  const day = gridDay(anchor, parts, k);
  return (day === LAST_DAY || day === FIRST_DAY) && addDurationWithin(anchor, parts, k) === undefined;
}

/** The grid day on or before `date`: the nominal start of the period `date` falls in. */
export function gridDayAtOrBefore(anchor: PlainDate, every: string | DurationParts, date: PlainDate): PlainDate {
  return gridDay(anchor, partsOf(every), gridIndex(anchor, every, date));
}

/** The first grid day strictly after `date`: the nominal end of the period `date` falls in. */
export function gridDayAfter(anchor: PlainDate, every: string | DurationParts, date: PlainDate): PlainDate {
  return gridDay(anchor, partsOf(every), gridIndex(anchor, every, date) + 1);
}

/**
 * {@link gridDayAfter}, or `undefined` when that day would fall after 9999-12-31, the last day of
 * the supported calendar (where `gridDayAfter` gives that last day).
 */
export function gridDayAfterWithin(anchor: PlainDate, every: string | DurationParts, date: PlainDate): PlainDate | undefined {
  const parts = partsOf(every);
  const k = gridIndex(anchor, parts, date) + 1;
  return outside(anchor, parts, k) ? undefined : gridDay(anchor, parts, k);
}

/**
 * A calendar trigger's anchor as a day. An anchor known to the month (`'2027-05'`: the office
 * changes hands in May, on a day a decision fixes later) starts its grid on the month's first day;
 * each grid day then stands for its whole month.
 */
export function anchorDay(anchor: string): PlainDate {
  return anchor.length === 7 ? `${anchor}-01` : anchor;
}
