import { isPlainDate, type PlainDate } from '../calendar/plain-date';
import { compile } from '../model/compile';
import type { BasisReason, Holding, Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { ErrorCode, InvalidDateError, TurnusError, UnknownReferenceError } from '../errors';
import { checkDate } from '../model/_arguments';
import { periodIndexOn, timelineOf } from './_timeline';
import { tenureCertainty } from './certainty';

/** Options for {@link holderOn}. */
export interface HolderOnOptions {
  /**
   * The day the question is asked. Answers do not depend on it: a day after the record is
   * answered by the rule, whenever it is asked. Kept for callers that pass it.
   * @deprecated the answer is the same with or without it.
   */
  readonly today?: PlainDate;
}

const IMPRECISE: BasisReason = { code: 'imprecise-date' };

/** The holding `date` falls in, from an office's timeline, with how sure it is (see `tenureCertainty`). */
export function holdingAt(record: OrganizationRecord, periods: readonly Tenure[], i: number, date: PlainDate): Holding {
  // Before the first period the record is silent: not a vacancy anyone recorded.
  if (i < 0) return { status: 'vacant', certainty: 'uncertain' };
  const tenure = periods[i]!;
  const before = periods[i - 1];
  if (tenure.startUncertainUntil && date < tenure.startUncertainUntil) {
    return { status: 'uncertain', candidates: before ? [before, tenure] : [tenure], reason: tenure.basis === 'projected' && tenure.reason ? tenure.reason : IMPRECISE, certainty: 'uncertain' };
  }
  if (tenure.end !== null && date >= tenure.end) {
    return tenure.reason?.code === 'vacant-by-rule' || tenure.endBasis === 'rule'
      ? { status: 'vacant', ...(tenure.reason ? { reason: tenure.reason } : {}), certainty: 'certain-by-rule' }
      : { status: 'vacant', certainty: 'recorded' };
  }
  if (tenure.basis === 'projected') {
    const reason: BasisReason = tenure.reason ?? { code: 'event-expected' };
    // After a vacancy by rule, the old holder is no candidate.
    const candidates = before && reason.code !== 'vacant-by-rule' ? [before, tenure] : [tenure];
    return { status: 'uncertain', candidates, reason, certainty: 'uncertain' };
  }
  // Built field by field, not spread: a spread after other fields is a runtime call in V8, and
  // this is the hot path (pnpm bench, holder-on: 6.5 -> under 3 times a bare binary search).
  const sure = tenureCertainty(record, tenure, date);
  return sure.lastConfirmed ? { status: 'held', tenure, certainty: sure.certainty, lastConfirmed: sure.lastConfirmed } : { status: 'held', tenure, certainty: sure.certainty };
}

/**
 * Who held `office` on `date`. The record answers where it speaks (a binary search over its
 * periods; periods are half-open, so on a handover day the new holder holds); after it, the rule:
 * a calendar rotation on a known roster answers with certainty (`tenure.basis: 'rule'`), a holder
 * may remain in office by rule, and where the rule cannot be sure (an event not recorded, an
 * estimated date, a term that ended with no decision, an unknown roster) the answer is
 * `uncertain`, with the candidates and a `reason`. Every answer says how sure it is (`certainty`:
 * recorded, certain or expected by rule, presumed with `lastConfirmed`, uncertain). The answer is
 * the same whatever day it is asked.
 * The record is frozen on its first query (records are immutable values; see `compile`).
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record (`null`, a string of YAML, `{}`…).
 * @throws {UnknownReferenceError} when the office does not exist.
 * Any day from `0001-01-01` to `9999-12-31` (`FIRST_DAY`, `LAST_DAY`) is answered, in work
 * bounded by the rule's periods up to that day (computed once per record and kept).
 * @throws {InvalidDateError} when `date` (or the `today` option) is not a real calendar date
 * (`E_INVALID_DATE`), or is one outside that calendar (`E_DATE_OUT_OF_RANGE`).
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know.
 * @example
 * const h = holderOn(ots, 'secretary-general', '2022-12-01');
 * h.status === 'held' && h.tenure.holder.person // 'kubanychbek-omuraliev'
 */
export function holderOn(record: OrganizationRecord, office: string, date: PlainDate, options?: HolderOnOptions): Holding {
  const model = compile(record);
  if (typeof date !== 'string' || !isPlainDate(date)) throw new InvalidDateError(String(date));
  // Checked only when given, so the hot path (no options) pays nothing; by hand, not by
  // checkOptions, so that an application importing holderOn alone does not ship that.
  if (options !== undefined) {
    if (typeof options !== 'object' || !options) throw new TurnusError(ErrorCode.INVALID_OPTION, 'holderOn: options must be an object');
    for (const key in options) if (key !== 'today') throw new TurnusError(ErrorCode.INVALID_OPTION, `holderOn: unknown option "${key}"`, 'Known options: today');
    if (options.today !== undefined) checkDate(options.today, 'holderOn: option today');
  }
  if (!model.offices.has(office)) throw new UnknownReferenceError('office', office, [...model.offices.keys()]);
  const timeline = timelineOf(model, office);
  return holdingAt(model.record, timeline.periods, periodIndexOn(timeline, date), date);
}
