import { addDuration, LAST_DAY } from '../../calendar/duration';
import { earliestDay, maxDate, type PlainDate } from '../../calendar/plain-date';
import type { CheckContext } from '../context';

/**
 * The last day a decision may be dated without DECISION_IN_FUTURE: `today` when the caller gives
 * it (never before the record's own `asOf`: checking an old day must not flag what the record
 * knows), else a year after `asOf` (a record may be a little ahead of its `asOf`, not years).
 */
export function lastPlausibleDecisionDay(asOf: PlainDate, today: PlainDate | undefined): PlainDate {
  if (today !== undefined) return maxDate(today, asOf);
  const limit = addDuration(asOf, 'P1Y');
  return limit > LAST_DAY ? LAST_DAY : limit;
}

/**
 * Decisions dated in the future: a decision is dated when it was taken, so one dated after
 * the day of the check (or more than a year after `asOf`) is most likely a typo ("9999-12-31",
 * "2062"). A partial date ("2027") counts from its first day. A warning, not an error: the
 * record still answers.
 */
export function checkFutureDecisions(ctx: CheckContext, today: PlainDate | undefined): void {
  const limit = lastPlausibleDecisionDay(ctx.record.asOf, today);
  const against = today !== undefined ? `the day of the check, ${limit}` : `a year after the record's asOf (${ctx.record.asOf})`;
  ctx.record.decisions.forEach((d, i) => {
    if (earliestDay(d.date) > limit) ctx.report('DECISION_IN_FUTURE', `decision "${d.id}" is dated ${d.date}, after ${against}`, ['decisions', i, 'date']);
  });
}
