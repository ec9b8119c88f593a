import type { PlainDate } from '../calendar/plain-date';
import { spansOverlap } from '../calendar/period';
import { compile } from '../model/compile';
import type { Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { UnknownReferenceError } from '../errors';
import { checkOptions } from '../model/_arguments';
import { coverCount, coverUntil, timelineOf } from './_timeline';

/** A span of days to filter by: `[from, to)`; either end may be left open. */
export interface DateRange {
  readonly from?: PlainDate;
  readonly to?: PlainDate;
  /**
   * Also the periods the rule gives after the record: up to `to`, or, without `to`, every period
   * certain by rule and the first one that is not.
   */
  readonly continued?: boolean;
}

/**
 * Every recorded tenure of an office in order, optionally only those that overlap `range`. The
 * last recorded one ends where its rule ends it (`endBasis: 'rule'`) when the record leaves it
 * open; with `range.continued`, the periods the rule gives after it follow.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {UnknownReferenceError} when the office does not exist.
 * @throws {InvalidDateError} when `from` or `to` is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know, or `continued` not a boolean.
 * @example history(ots, 'secretary-general').map((t) => t.holder.person)
 * // ['halil-akinci', 'ramil-hasanov', 'baghdad-amreyev', 'kubanychbek-omuraliev']
 */
export function history(record: OrganizationRecord, office: string, range: DateRange = {}): Tenure[] {
  const model = compile(record);
  checkOptions('history', range, { from: 'date', to: 'date', continued: 'boolean' });
  if (!model.offices.has(office)) throw new UnknownReferenceError('office', office, [...model.offices.keys()]);
  const timeline = timelineOf(model, office);
  let periods: Tenure[];
  if (!range.continued) periods = timeline.periods.slice(0, timeline.recorded);
  else if (range.to !== undefined) {
    coverUntil(timeline, range.to);
    periods = timeline.periods.filter((t) => t.start < range.to!);
  } else {
    let i = timeline.recorded;
    for (; i < timeline.recorded + 10_000; i++) {
      coverCount(timeline, i, 1);
      const t = timeline.periods[i];
      if (!t || t.basis !== 'rule') break;
    }
    periods = timeline.periods.slice(0, i + 1);
  }
  if (range.from === undefined && range.to === undefined) return periods;
  const span = { start: range.from ?? '0000-01-01', end: range.to ?? null };
  return periods.filter((t) => spansOverlap(t, span));
}
