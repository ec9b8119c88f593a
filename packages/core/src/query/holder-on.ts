import { isPlainDate, maxDate, type PlainDate } from '../calendar/plain-date';
import { lastAtOrBefore } from '../calendar/search';
import { compile } from '../model/compile';
import type { Holding, Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { InvalidDateError, UnknownReferenceError } from '../errors';
import { projectionOf } from './project';

/** Options for {@link holderOn}. */
export interface HolderOnOptions {
  /**
   * The day the question is asked. For a later `date`, the answer comes from the projection by
   * rule where a projected period has certainly begun; without `today`, only the record answers.
   */
  readonly today?: PlainDate;
}

function recordedHolding(tenures: readonly Tenure[], starts: readonly PlainDate[], date: PlainDate): Holding {
  const i = lastAtOrBefore(starts, date);
  if (i < 0) return { status: 'vacant' };
  const tenure = tenures[i]!;
  if (tenure.startUncertainUntil && date < tenure.startUncertainUntil) {
    const before = tenures[i - 1];
    return { status: 'uncertain', candidates: before ? [before, tenure] : [tenure] };
  }
  if (tenure.end === null || date < tenure.end) return { status: 'held', tenure };
  return { status: 'vacant' };
}

/**
 * Who held `office` on `date`: a binary search over the record's tenures (periods are half-open,
 * so on a handover day the new holder holds). With `options.today` and a later `date`, a
 * projected period that has certainly begun by `date` answers instead; a day inside an estimated
 * window answers `uncertain`.
 * @throws {UnknownReferenceError} when the office does not exist.
 * @throws {InvalidDateError} when `date` is not a real calendar date.
 * @example
 * const h = holderOn(ots, 'secretary-general', '2022-12-01');
 * h.status === 'held' && h.tenure.holder.person // 'kubanychbek-omuraliev'
 */
export function holderOn(record: OrganizationRecord, office: string, date: PlainDate, options: HolderOnOptions = {}): Holding {
  if (!isPlainDate(date)) throw new InvalidDateError(date);
  const model = compile(record);
  const tenures = model.tenures.get(office);
  if (!tenures) throw new UnknownReferenceError('office', office, [...model.offices.keys()]);
  const recorded = recordedHolding(tenures, model.tenureStarts.get(office)!, date);
  const today = options.today;
  if (today === undefined || date <= today) return recorded;
  let previous: Tenure | undefined = recorded.status === 'held' ? recorded.tenure : undefined;
  for (const projected of projectionOf(record, office, today)) {
    const certainFrom = maxDate(projected.startUncertainUntil ?? projected.start, today);
    const possibleFrom = maxDate(projected.start, today);
    if (date < possibleFrom) break;
    if (date < certainFrom) return { status: 'uncertain', candidates: previous ? [previous, projected] : [projected] };
    if (projected.end === null || date < projected.end) return { status: 'held', tenure: projected };
    previous = projected;
  }
  return previous && previous.basis === 'projected' ? { status: 'vacant' } : recorded;
}
