import type { PlainDate } from '../calendar/plain-date';
import { compile, type Model } from '../model/compile';
import type { Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { UnknownReferenceError } from '../errors';
import { checkDate, checkOptions } from '../model/_arguments';
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

const PROJECT_OPTIONS = { today: 'date', count: 'count' } as const;

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
 * runs out, when no rule governs the office, or with the period under way on 9999-12-31
 * (`LAST_DAY`), the last day of the supported calendar: open (`end: null`) and marked
 * `endAfterLastDay` when its end would fall after that day. `today` only marks `overdue` periods.
 * Its arguments are checked when it is called, not at the first step.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {UnknownReferenceError} when the office does not exist.
 * @throws {InvalidDateError} when `today` is given and is not a real calendar date.
 */
export function projectionOf(record: OrganizationRecord, officeId: string, today?: PlainDate): Generator<Tenure> {
  const model = compile(record);
  if (!model.offices.has(officeId)) throw new UnknownReferenceError('office', officeId, [...model.offices.keys()]);
  if (today !== undefined) checkDate(today, 'projectionOf: today');
  return steps(model, officeId, today);
}

function* steps(model: Model, officeId: string, today: PlainDate | undefined): Generator<Tenure> {
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
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {UnknownReferenceError} when the office does not exist.
 * Like {@link projectionOf}, it stops with the period under way on 9999-12-31 (`endAfterLastDay`):
 * `count` is a most, and a projection never takes more steps than its rule has periods to that day.
 * @throws {InvalidDateError} when `today` is not a real calendar date (`E_INVALID_DATE`), or is
 * one outside the supported calendar, `0001-01-01` to `9999-12-31` (`E_DATE_OUT_OF_RANGE`).
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know, or a `count` that is not a whole number ≥ 0.
 * @example
 * project(unsc, 'president', { today: '2026-11-29', count: 2 }).map((t) => t.holder.party) // ['LV', 'LR']
 */
export function project(record: OrganizationRecord, officeId: string, options: ProjectOptions): Tenure[] {
  compile(record);
  checkOptions('project', options, PROJECT_OPTIONS);
  checkDate(options.today, 'project: option today');
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
