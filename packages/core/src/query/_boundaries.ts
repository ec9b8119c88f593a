// The boundary walker: where a rotation's next period begins after a day, rule version by rule
// version (a calendar grid, the summits that pass the office, or a cadence's estimate). Private to
// the continuation (_continuation.ts).
import { addDurationWithin, parseDuration } from '../calendar/duration';
import { addDays, afterLatestDay, earliestDay, maxDate, precisionOf, type DatePrecision, type PlainDate } from '../calendar/plain-date';
import { isInCalendar, LAST_DAY } from '../calendar/range';
import { governingRule, type Model } from '../model/compile';
import { horizonOf } from '../model/horizon';
import { anchorDay, gridDayAfterWithin } from '../rules/grid';
import type { Office } from '../schema/office';
import type { Rule, RotationRule, RotationTrigger } from '../schema/rule';
import type { Summit } from '../schema/summit';

/**
 * A boundary between two periods: its first possible day, how precisely it is known, and the
 * event behind it.
 */
export interface Boundary {
  readonly date: PlainDate;
  readonly precision: DatePrecision;
  /** For an imprecise boundary: the exclusive end of its window. */
  readonly until?: PlainDate;
  readonly estimated: boolean;
  /** The summit or meeting that passes the office, if any. */
  readonly summit?: Summit;
}

function precisionOfCadence(cadence: string): DatePrecision {
  const parts = parseDuration(cadence);
  if (!parts) return 'day';
  if (parts.days === 0 && parts.weeks === 0 && parts.months === 0) return 'year';
  if (parts.days === 0 && parts.weeks === 0) return 'month';
  return 'day';
}

/** Whether `date` is 9999-12-31 or a computed day after it (`'10000-01-01'`, which sorts first as a string). */
function atOrAfterLastDay(date: PlainDate): boolean {
  return date >= LAST_DAY || (date.length > 10 && date[0] !== '-');
}

/**
 * The exclusive end of an imprecise boundary's window; none for a window that runs to the end of
 * the calendar (the last month or year of 9999), whose end no plain date can name.
 */
function windowOf(date: PlainDate, precision: DatePrecision): PlainDate | undefined {
  if (precision === 'day') return undefined;
  const until = afterLatestDay(precision === 'year' ? date.slice(0, 4) : date.slice(0, 7));
  return isInCalendar(until) ? until : undefined;
}

/**
 * The first boundary of a calendar grid strictly after `after`, or undefined when it would fall
 * after 9999-12-31. A grid anchored on a month (`2027-05`) gives boundaries known to the month:
 * the month's first day and its window, which a recorded handover makes exact.
 */
export function gridBoundary(trigger: Extract<RotationTrigger, { kind: 'calendar' }>, after: PlainDate): Boundary | undefined {
  const date = gridDayAfterWithin(anchorDay(trigger.anchor), trigger.every, after);
  if (date === undefined) return undefined;
  if (trigger.anchor.length === 10) return { date, precision: 'day', estimated: false };
  const until = windowOf(date, 'month');
  return { date, precision: 'month', ...(until ? { until } : {}), estimated: false };
}

export function isRotation(rule: Rule | undefined): rule is RotationRule {
  return rule?.kind === 'rotation';
}


/**
 * Whether a summit passes the office of a summit-triggered rule: where any event of the record
 * names the office in `passes`, only those events do; otherwise the organization's ordinary
 * summits of the rule's series.
 */
function passesOffice(explicit: boolean, summit: Summit, office: Office, rule: RotationRule): boolean {
  if (rule.trigger.kind !== 'summit') return false;
  if (summit.status === 'cancelled' || summit.status === 'postponed') return false;
  if (explicit) return summit.passes?.includes(office.id) === true;
  // Without `passes`, the organization's ordinary summits of the rule's series pass it.
  if (summit.body !== undefined) return false;
  return summit.kind === 'ordinary' && (rule.trigger.series === undefined || summit.series === rule.trigger.series);
}

/** The boundaries of a rotation, one after another (see {@link boundariesOf}). */
interface Boundaries {
  /**
   * The first boundary strictly after `after`, or undefined when there is none: no rule, no
   * cadence, or (`pastLastDay`) none on or before 9999-12-31. `rule` is the version in force
   * (by default the one governing `after`; the first version, for an office with no record yet).
   */
  next(after: PlainDate, rule?: Rule): Boundary | undefined;
  /** Whether the last call to `next` found no boundary because the next one would fall after 9999-12-31. */
  pastLastDay: boolean;
}

/**
 * The boundaries of a rotation after a day, rule version by rule version: a calendar rule's
 * grid (and the first day of a later calendar version, which starts its own grid), or the
 * events that pass the office, then dates estimated from the rule's cadence. A closure, not a
 * class: its state's names are private, so the minifier shortens them (the bundle is a budget).
 */
export function boundariesOf(model: Model, office: Office): Boundaries {
  let lastEvent: PlainDate | undefined;
  let cadenceStep = 0;
  /** The last day on which a rule version of the office starts or ends. */
  let lastVersionDay: PlainDate | undefined;
  /** Whether the record names the events that pass this office (`passes`). */
  const explicit = model.summits.some((s) => s.passes?.includes(office.id));
  /** The day through which the record has every event of this office (its knowledge horizon). */
  const horizon = horizonOf(model.record, office.id);

  /** No boundary: the next one would fall after 9999-12-31. */
  const beyond = (): undefined => {
    self.pastLastDay = true;
    return undefined;
  };

  /**
   * The first boundary of a calendar version that starts governing: its own first grid day on or
   * after its `from`. A version that starts between two of its grid days hands over on none of
   * them: the holder under way keeps the office through the stub, to the new grid's first day.
   */
  const versionBoundary = (version: { readonly from: PlainDate; readonly rule: RotationRule }): Boundary | undefined => {
    const trigger = version.rule.trigger;
    return (trigger.kind === 'calendar' ? gridBoundary(trigger, addDays(version.from, -1)) : undefined) ?? beyond();
  };

  /**
   * The boundary of an event the record does not have, after the knowledge horizon: the record
   * has every event through that day, so one it lacks happened after it. A window that reaches
   * back before the horizon starts the day after it; a window (or day) that closed by then gives
   * way to an estimate from that day, since the event is still to come.
   */
  const afterHorizon = (boundary: Boundary): Boundary => {
    if (horizon === undefined || boundary.date > horizon) return boundary;
    const first = addDays(horizon, 1);
    if (boundary.until !== undefined && boundary.until > first) return { ...boundary, date: first };
    return { date: first, precision: 'day', estimated: true, ...(boundary.summit ? { summit: boundary.summit } : {}) };
  };

  /** The day of the last event that passed the office on or before `date`. */
  const lastEventBefore = (date: PlainDate): PlainDate | undefined => {
    const rule = governingRule(office, date);
    let found: PlainDate | undefined;
    for (const summit of model.summits) {
      const start = earliestDay(summit.date);
      if (start > date) break;
      if (isRotation(rule) && passesOffice(explicit, summit, office, rule)) found = start;
    }
    return found;
  };

  /** The first day after `after` on which a different calendar rule version starts governing, and that version. */
  const nextVersionStart = (after: PlainDate): { readonly from: PlainDate; readonly rule: RotationRule } | undefined => {
    // After the last day any rule version starts or ends (every step of a long projection), none
    // can start: no search of the versions, once per period to year 9999.
    lastVersionDay ??= office.rules.reduce((last, r) => maxDate(last, r.to === undefined ? earliestDay(r.from) : maxDate(earliestDay(r.from), earliestDay(r.to))), '');
    if (after >= lastVersionDay) return undefined;
    const current = governingRule(office, after);
    let found: { from: PlainDate; rule: RotationRule } | undefined;
    // Where a version starts, or where the one in force ends: the earliest such day after `after`
    // on which a calendar version other than the current one governs.
    for (const rule of office.rules)
      for (const bound of rule === current ? [rule.from, rule.to] : [rule.from]) {
        const from = bound === undefined ? after : earliestDay(bound);
        if (from <= after || (found !== undefined && from >= found.from)) continue;
        const then = governingRule(office, from);
        if (then !== current && isRotation(then) && then.trigger.kind === 'calendar') found = { from, rule: then };
      }
    return found;
  };

  const self: Boundaries = {
    pastLastDay: false,
    next(after, rule = governingRule(office, after)) {
      self.pastLastDay = false;
      if (atOrAfterLastDay(after)) return beyond();
      if (!isRotation(rule)) return undefined;
      const version = nextVersionStart(after);
      if (rule.trigger.kind === 'calendar') {
        const own = gridBoundary(rule.trigger, after);
        if (version && (own === undefined || version.from <= own.date)) return versionBoundary(version);
        return own ?? beyond();
      }
      for (const summit of model.summits) {
        const start = earliestDay(summit.date);
        if (start <= after || !passesOffice(explicit, summit, office, rule)) continue;
        if (version && version.from < start) return versionBoundary(version);
        lastEvent = start;
        cadenceStep = 0;
        const precision = precisionOf(summit.date);
        const until = windowOf(start, precision);
        const boundary: Boundary = { date: start, precision, ...(until ? { until } : {}), estimated: false, summit };
        // A held summit is an event of the record; a planned one is not one yet.
        return summit.status === 'held' ? boundary : afterHorizon(boundary);
      }
      const cadence = rule.trigger.cadence;
      if (!cadence) return version ? versionBoundary(version) : undefined;
      const from = lastEvent ?? lastEventBefore(after) ?? after;
      lastEvent = from;
      const precision = precisionOfCadence(cadence);
      // An estimated event is one the record does not have: none happened on or before its horizon.
      const floor = horizon !== undefined && horizon > after ? horizon : after;
      // Each turn moves a cadence forward from the last event: the loop ends past `after`, or at the
      // end of the calendar.
      for (;;) {
        cadenceStep++;
        const raw = addDurationWithin(from, cadence, cadenceStep);
        if (raw === undefined) return version ? versionBoundary(version) : beyond();
        const date = precision === 'year' ? `${raw.slice(0, 4)}-01-01` : precision === 'month' ? `${raw.slice(0, 7)}-01` : raw;
        const until = windowOf(date, precision);
        // An estimated window that has begun before `after` (or the horizon) starts the next day at the earliest.
        if ((until ?? addDays(date, 1)) <= floor) continue;
        // A later calendar version starts its own grid; estimated events before it still pass the office.
        if (version && version.from <= date) return versionBoundary(version);
        return { date: maxDate(date, addDays(floor, 1)), precision, ...(until ? { until } : {}), estimated: true };
      }
    },
  };
  return self;
}
