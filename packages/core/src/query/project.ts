import type { PlainDate } from '../calendar/plain-date';
import { compile } from '../model/compile';
import type { Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { InvalidDateError, UnknownReferenceError } from '../errors';
import { isPlainDate } from '../calendar/plain-date';
import { PROJECTION_STEP_LIMIT } from './_continuation';
import { coverCount, timelineOf } from './_timeline';

export { PROJECTION_STEP_LIMIT };

/** Options for {@link project}. */
export interface ProjectOptions {
  /** The day the projection is made on; periods that ended before it are not returned. */
  readonly today: PlainDate;
  /** How many periods to return (default 5). */
  readonly count?: number;
}

/** An expected event the record does not have although its day has passed. */
function isOverdue(tenure: Tenure, today: PlainDate): boolean {
  if (tenure.basis !== 'projected') return false;
  const code = tenure.reason?.code;
  if (code !== 'event-not-recorded' && code !== 'event-expected' && code !== 'term-expired') return false;
  return (tenure.startUncertainUntil ?? tenure.start) <= today && tenure.start < today;
}

/**
 * Every period the rule gives after an office's record, in order: a lazy sequence that stops
 * after {@link PROJECTION_STEP_LIMIT} periods, when no party is eligible, when a fixed schedule
 * runs out, or when no rule governs the office. `today` only marks `overdue` periods.
 * @throws {UnknownReferenceError} when the office does not exist.
 */
export function* projectionOf(record: OrganizationRecord, officeId: string, today?: PlainDate): Generator<Tenure> {
  const model = compile(record);
  if (!model.offices.has(officeId)) throw new UnknownReferenceError('office', officeId, [...model.offices.keys()]);
  const timeline = timelineOf(model, officeId);
  for (let i = timeline.recorded; ; i++) {
    coverCount(timeline, i, 1);
    const tenure = timeline.periods[i];
    if (!tenure) return;
    yield today !== undefined && isOverdue(tenure, today) ? { ...tenure, overdue: true } : tenure;
  }
}

/**
 * The next holders of an office after its record, by its rule (the practice, where the record
 * gives one), from the period under way on `today`. Each period says what it rests on:
 * `basis: 'rule'` when the rule makes it certain (a calendar rotation on a known roster),
 * `basis: 'projected'` with a `reason` when it does not; `overdue` marks an expected event whose
 * day has passed with nothing recorded, `estimated` dates estimated from a cadence. Dates known
 * only to the month or year carry their precision and window (`startPrecision`,
 * `startUncertainUntil`, `endPrecision`, `endUncertainUntil`).
 * @throws {UnknownReferenceError} when the office does not exist.
 * @throws {InvalidDateError} when `today` is not a real calendar date.
 * @example
 * project(unsc, 'president', { today: '2026-11-29', count: 2 }).map((t) => t.holder.party) // ['LV', 'LR']
 */
export function project(record: OrganizationRecord, officeId: string, options: ProjectOptions): Tenure[] {
  if (typeof options?.today !== 'string' || !isPlainDate(options.today)) throw new InvalidDateError(String(options?.today));
  const count = Math.max(0, Math.min(options.count ?? 5, PROJECTION_STEP_LIMIT));
  const out: Tenure[] = [];
  if (count === 0) return out;
  for (const tenure of projectionOf(record, officeId, options.today)) {
    if (tenure.end !== null && tenure.end <= options.today) continue;
    out.push(tenure);
    if (out.length >= count) break;
  }
  return out;
}
