import type { PlainDate } from '../calendar/plain-date';
import { compile } from '../model/compile';
import type { Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { UnknownReferenceError } from '../errors';
import { lastAtOrBefore } from '../calendar/search';
import { checkDate } from '../model/_arguments';

/**
 * The day a tenure's term ends by rule (exclusive), extensions included; `undefined` for offices
 * without a term rule. Pass a tenure from {@link history} or {@link holderOn}, or an office and a
 * day to use the tenure under way that day.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {UnknownReferenceError} when the office does not exist.
 * @throws {InvalidDateError} when `date` is not a real calendar date.
 * @example termEndOn(ots, 'secretary-general', '2019-01-01') // '2022-09-03' (3 years + the 1-year extension)
 */
export function termEndOn(record: OrganizationRecord, office: string, date: PlainDate): PlainDate | undefined {
  const model = compile(record);
  const tenures = model.tenures.get(office);
  if (!tenures) throw new UnknownReferenceError('office', office, [...model.offices.keys()]);
  checkDate(date, 'termEndOn: date');
  const i = lastAtOrBefore(model.tenureStarts.get(office)!, date);
  return i < 0 ? undefined : tenures[i]!.termEnd;
}

/**
 * Whether a tenure is still running on `today` after its term ended by rule (stale or overdue).
 * @throws {InvalidDateError} when `today` is not a real calendar date.
 */
export function isPastTermEnd(tenure: Tenure, today: PlainDate): boolean {
  checkDate(today, 'isPastTermEnd: today');
  return tenure.termEnd !== undefined && tenure.termEnd <= today && (tenure.end === null || tenure.end > tenure.termEnd);
}
