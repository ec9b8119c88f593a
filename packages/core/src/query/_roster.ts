import type { PlainDate } from '../calendar/plain-date';
import type { Model } from '../model/compile';
import { rosterIndex } from '../model/indexes';

/** Seats whose terms ended with no recorded successor. */
export interface UnfilledSeats {
  /** The day the terms ended. */
  readonly since: PlainDate;
  readonly count: number;
  /** The parties whose terms ended that day. */
  readonly parties: readonly string[];
}


/**
 * The seats of term-limited memberships (elected seats) that ended on the last such day on or
 * before `date` and that no admission with a term has filled since: the roster is then not
 * known, so a rotation among members cannot be certain. `undefined` when the roster is known.
 */
export function unfilledSeatsOn(model: Model, date: PlainDate): UnfilledSeats | undefined {
  const { days, ending, filling } = rosterIndex(model);
  let since: PlainDate | undefined;
  for (const day of days) if (day <= date) since = day;
  if (since === undefined) return undefined;
  const parties = ending.get(since)!;
  const filled = filling.filter((d) => d >= since && d <= date).length;
  const count = parties.length - filled;
  return count > 0 ? { since, count, parties } : undefined;
}
