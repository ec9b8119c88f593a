import type { PlainDate } from '../calendar/plain-date';
import { compile } from '../model/compile';
import type { Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { UnknownReferenceError } from '../errors';
import { checkDate } from '../model/_arguments';
import { periodIndexOn, timelineOf } from './_timeline';

/**
 * The day a tenure's term ends by rule (exclusive), extensions included; `undefined` for offices
 * without a term rule, and on a day nobody holds the office. The tenure is the one under way that
 * day on the office's timeline, the same one {@link holderOn} answers with (its held tenure, or
 * its last candidate): a recorded term, or one the rule gives after the record.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {UnknownReferenceError} when the office does not exist.
 * @throws {InvalidDateError} when `date` is not a real calendar date.
 * @example termEndOn(ots, 'secretary-general', '2019-01-01') // '2022-09-03' (3 years + the 1-year extension)
 */
export function termEndOn(record: OrganizationRecord, office: string, date: PlainDate): PlainDate | undefined {
  const model = compile(record);
  if (!model.offices.has(office)) throw new UnknownReferenceError('office', office, [...model.offices.keys()]);
  checkDate(date, 'termEndOn: date');
  // The timeline every other query reads, not the recorded periods alone: after the record, the
  // term the rule gives (a holdover keeps the recorded term's end).
  const timeline = timelineOf(model, office);
  const tenure = timeline.periods[periodIndexOn(timeline, date)];
  return tenure && (tenure.end === null || date < tenure.end) ? tenure.termEnd : undefined;
}

/**
 * Whether a tenure is still running on `today` after its term ended by rule (stale or overdue).
 * @throws {InvalidDateError} when `today` is not a real calendar date.
 */
export function isPastTermEnd(tenure: Tenure, today: PlainDate): boolean {
  checkDate(today, 'isPastTermEnd: today');
  return tenure.termEnd !== undefined && tenure.termEnd <= today && (tenure.end === null || tenure.end > tenure.termEnd);
}
