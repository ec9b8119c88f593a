import { lastAtOrBefore } from '../calendar/search';
import type { PlainDate } from '../calendar/plain-date';
import type { Model } from '../model/compile';
import type { Tenure } from '../model/types';
import { UnknownReferenceError } from '../errors';
import { timelines } from '../model/indexes';
import { continueRotation, continueTerm, PROJECTION_STEP_LIMIT } from './_continuation';
import { withCertainty } from './certainty';
import type { OrganizationRecord } from '../schema/record';

/**
 * One office over time: its recorded periods (an open last one ended where its rule ends it, in
 * one explicit step: `closeOpenEnd`), then the periods its rule gives, computed once, lazily,
 * and kept, so that a question about any later day costs a binary search plus the periods not
 * computed yet.
 */
export interface OfficeTimeline {
  readonly periods: Tenure[];
  readonly starts: PlainDate[];
  /** How many of `periods` are recorded. */
  readonly recorded: number;
  /** The record the periods come from: their certainty reads its horizon, gaps, disputes and attestations. */
  readonly record: OrganizationRecord;
  /** The continuation still to compute; null once it has ended. */
  rest: Generator<Tenure, void, undefined> | null;
}

/** The timeline of `office`, created the first time it is asked for. */
export function timelineOf(model: Model, office: string): OfficeTimeline {
  let byOffice = timelines.get(model);
  if (!byOffice) timelines.set(model, (byOffice = new Map()));
  let timeline = byOffice.get(office);
  if (timeline) return timeline;
  const definition = model.offices.get(office);
  const tenures = model.tenures.get(office);
  if (!definition || !tenures) throw new UnknownReferenceError('office', office, [...model.offices.keys()]);
  // Each period says how sure it is as a whole (see tenureCertainty); a holding says it for its day.
  timeline = {
    periods: tenures.map((t) => withCertainty(model.record, t)),
    starts: tenures.map((t) => t.start),
    recorded: tenures.length,
    record: model.record,
    rest: definition.heldBy === 'party' ? continueRotation(model, definition, tenures) : continueTerm(model, definition, tenures),
  };
  if (tenures.length > 0 && tenures[tenures.length - 1]!.end === null) closeOpenEnd(timeline);
  byOffice.set(office, timeline);
  return timeline;
}

/**
 * The step that closes a record left open: the continuation's first period is the last recorded
 * period as its rule ends it (same holder and start, an `end` with `endBasis: 'rule'`, or
 * `endAfterLastDay`), which takes the place of the open one; or a period after it (a holdover),
 * which follows it like any other.
 */
function closeOpenEnd(timeline: OfficeTimeline): void {
  if (!pull(timeline) || timeline.periods[timeline.recorded]!.basis !== 'recorded') return;
  timeline.periods[timeline.recorded - 1] = timeline.periods.pop()!;
  timeline.starts.pop();
}

/** Computes the next period of the continuation; false when it has ended. */
function pull(timeline: OfficeTimeline): boolean {
  if (!timeline.rest || timeline.periods.length - timeline.recorded >= PROJECTION_STEP_LIMIT) return false;
  const next = timeline.rest.next();
  if (next.done) {
    timeline.rest = null;
    return false;
  }
  const period = withCertainty(timeline.record, next.value);
  timeline.periods.push(period);
  timeline.starts.push(period.start);
  return true;
}

/** Computes the continuation until it covers `date` (or ends). */
export function coverUntil(timeline: OfficeTimeline, date: PlainDate): void {
  for (;;) {
    const last = timeline.periods[timeline.periods.length - 1];
    if (last && (last.end === null || last.end > date)) return;
    if (!pull(timeline)) return;
  }
}

/** Computes the continuation until it has `count` periods after index `from` (or ends). */
export function coverCount(timeline: OfficeTimeline, from: number, count: number): void {
  while (timeline.periods.length < from + count && pull(timeline));
}

/** The index of the period under way on `date`, or -1 before the first. */
export function periodIndexOn(timeline: OfficeTimeline, date: PlainDate): number {
  coverUntil(timeline, date);
  return lastAtOrBefore(timeline.starts, date);
}
