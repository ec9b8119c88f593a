import { addDurationWithin, parseDuration } from '../calendar/duration';
import { addDays, afterLatestDay, earliestDay, maxDate, precisionOf, type DatePrecision, type PlainDate } from '../calendar/plain-date';
import { isInCalendar, LAST_DAY } from '../calendar/range';
import { decisionsOf, effectiveDay, governingRule, type Model } from '../model/compile';
import { horizonOf } from '../model/horizon';
import type { BasisReason, Tenure } from '../model/types';
import { nextTurn, resyncRotation, type RotationState } from '../rules/exceptions';
import { anchorDay, gridDayAfterWithin } from '../rules/grid';
import { replayRotation } from '../rules/replay';
import { termStart } from '../rules/term';
import type { ExtendDecision } from '../schema/decision';
import type { Office } from '../schema/office';
import type { Rule, RotationRule, RotationTrigger, TermRule } from '../schema/rule';
import type { Summit } from '../schema/summit';
import { unfilledSeatsOn } from './_roster';

/**
 * The most periods a continuation computes, whatever it is asked: every projection terminates.
 * The calendar bounds it first: every step moves forward in time and no period starts after
 * 9999-12-31 (`LAST_DAY`), so a daily rotation gives at most about 3.65 million periods, a monthly
 * one about 120,000, and most offices far fewer.
 */
export const PROJECTION_STEP_LIMIT = 1_000_000;

/**
 * A boundary between two periods: its first possible day, how precisely it is known, and the
 * event behind it.
 */
interface Boundary {
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
function gridBoundary(trigger: Extract<RotationTrigger, { kind: 'calendar' }>, after: PlainDate): Boundary | undefined {
  const date = gridDayAfterWithin(anchorDay(trigger.anchor), trigger.every, after);
  if (date === undefined) return undefined;
  if (trigger.anchor.length === 10) return { date, precision: 'day', estimated: false };
  const until = windowOf(date, 'month');
  return { date, precision: 'month', ...(until ? { until } : {}), estimated: false };
}

function isRotation(rule: Rule | undefined): rule is RotationRule {
  return rule?.kind === 'rotation';
}

function isTerm(rule: Rule | undefined): rule is TermRule {
  return rule?.kind === 'term';
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
function boundariesOf(model: Model, office: Office): Boundaries {
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

const NO_SOURCES: readonly string[] = Object.freeze([]);
const NO_EXTENSIONS: ExtendDecision[] = [];

/**
 * The extensions of a period `[start, end)` of `party`, taken from `pending` (in date order): one
 * that names no party and is dated within the period as each extension before it leaves it, and
 * one that names `party` and is dated before the period's end — the period under way on its date,
 * or the party's next one (a turn extended a few days before it begins).
 */
function extensionsFor(pending: ExtendDecision[], party: string | null, start: PlainDate, end: PlainDate | null): ExtendDecision[] {
  if (pending.length === 0) return NO_EXTENSIONS;
  const found: ExtendDecision[] = [];
  let until = end;
  for (const e of pending) {
    const day = effectiveDay(e);
    if (until !== null && day >= until) break;
    if (e.party === undefined ? day < start : e.party !== party) continue;
    found.push(e);
    if (until !== null) until = extendedEnd(until, [e]) ?? null;
  }
  for (const e of found) pending.splice(pending.indexOf(e), 1);
  return found;
}

/** `end` moved by extensions; undefined when they move it past 9999-12-31. */
function extendedEnd(end: PlainDate, extensions: readonly ExtendDecision[]): PlainDate | undefined {
  let out: PlainDate | undefined = end;
  for (const e of extensions) {
    out = e.until ?? (e.for ? addDurationWithin(out, e.for) : out);
    if (out === undefined) return undefined;
  }
  return out;
}

/**
 * What a continuation period of a rotation rests on, given its boundary and rule; an answer that
 * depends on events the record may not have names its knowledge `horizon` (`knownThrough`).
 */
function rotationReason(model: Model, rule: RotationRule, boundary: Boundary, horizon: PlainDate | undefined): { basis: 'rule' | 'projected'; reason: BasisReason } {
  if (rule.grade === 'inferred') return { basis: 'projected', reason: { code: 'inferred-rule' } };
  const known = horizon !== undefined ? { knownThrough: horizon } : {};
  const unfilled = unfilledSeatsOn(model, boundary.date);
  if (unfilled) return { basis: 'projected', reason: { code: 'roster-unknown', since: unfilled.since, seats: unfilled.count, ...known } };
  if (rule.trigger.kind === 'calendar') return { basis: 'rule', reason: { code: 'calendar-rule' } };
  const summit = boundary.summit;
  if (summit?.status === 'held') return { basis: 'projected', reason: { code: 'event-not-recorded', summit: summit.id, since: earliestDay(summit.date) } };
  if (summit) return { basis: 'projected', reason: { code: 'event-expected', summit: summit.id, since: earliestDay(summit.date), ...known } };
  return { basis: 'projected', reason: { code: 'event-expected', ...known } };
}

/**
 * The continuation of a rotation after its record: the last recorded period's end by rule
 * (when the record leaves it open) and the periods the rule gives after it.
 */
export function* continueRotation(model: Model, office: Office, tenures: readonly Tenure[]): Generator<Tenure, void, undefined> {
  const last = tenures[tenures.length - 1];
  const byStart = () => office.rules.filter(isRotation).sort((a, b) => (earliestDay(a.from) < earliestDay(b.from) ? -1 : 1));
  // A last period whose imprecise start ("2000") reads earlier than its rule's `from` is governed
  // by the rule in force at the end of its start window, or else by the first rule after it.
  const firstRule = !last
    ? byStart()[0]
    : (governingRule(office, last.start) ??
      (last.startUncertainUntil ? governingRule(office, addDays(last.startUncertainUntil, -1)) : undefined) ??
      byStart().find((r) => earliestDay(r.from) > last.start));
  if (!isRotation(firstRule)) return;
  let state: RotationState = replayRotation(model, office.id, firstRule.order, tenures, { from: earliestDay(firstRule.from), trigger: firstRule.trigger }).state;
  let currentRule = firstRule.id;
  const boundaries = boundariesOf(model, office);
  const horizon = horizonOf(model.record, office.id);
  // Extensions not yet spent on a recorded period: they concern a period of the continuation.
  // From the office's own extensions (indexed once per model), not a search of every decision.
  const extensions = decisionsOf(model.decisionsByDay, office.id).extensions;
  const spentOnRecord = extensions.length === 0 ? undefined : new Set(tenures.flatMap((t) => t.decisions));
  const pending = extensions.filter((d) => !spentOnRecord!.has(d.id));
  let current: Boundary | undefined;
  if (!last) {
    const start = earliestDay(firstRule.from);
    if (firstRule.trigger.kind === 'calendar') {
      // The first grid day on or after the rule's first day, and not before its anchor.
      current = gridBoundary(firstRule.trigger, addDays(maxDate(anchorDay(firstRule.trigger.anchor), start), -1));
      if (!current) return;
    } else {
      // The first event on or after the rule's first day: the rule governs from that day, not the day before.
      current = boundaries.next(addDays(start, -1), firstRule);
    }
  } else if (last.end !== null) {
    current = { date: last.end, precision: last.endPrecision ?? 'day', ...(last.endUncertainUntil ? { until: last.endUncertainUntil } : {}), estimated: false };
  } else {
    // The open recorded period ends at its rule's next boundary, moved by its own extensions.
    const own = last.decisions.map((id) => model.decisions.get(id)).filter((d): d is ExtendDecision => d?.type === 'extend');
    const nominal = boundaries.next(last.startUncertainUntil ? addDays(last.startUncertainUntil, -1) : last.start);
    if (!nominal) {
      if (boundaries.pastLastDay) yield { ...last, endAfterLastDay: true };
      return;
    }
    // An extension dated after the end as the extensions before it left it concerns a later period.
    const spent = extensionsFor(own, last.holder.party, last.start, nominal.date);
    pending.push(...own);
    pending.sort((a, b) => (effectiveDay(a) < effectiveDay(b) ? -1 : 1));
    const end = extendedEnd(nominal.date, spent.filter((e) => e.until !== undefined || e.for !== undefined));
    if (end === undefined) {
      yield { ...last, endAfterLastDay: true };
      return;
    }
    current = end === nominal.date ? nominal : { date: end, precision: 'day', estimated: false };
    if (end !== nominal.date) boundaries.next(addDays(end, -1));
    yield {
      ...last,
      end: current.date,
      ...(current.precision !== 'day' ? { endPrecision: current.precision } : {}),
      ...(current.until ? { endUncertainUntil: current.until } : {}),
      endBasis: 'rule',
      decisions: last.decisions.filter((id) => !pending.some((e) => e.id === id)),
    };
  }
  for (let step = 0; current && step < PROJECTION_STEP_LIMIT; step++) {
    const governing = governingRule(office, current.date);
    if (!isRotation(governing)) return;
    if (governing.id !== currentRule) {
      // A new rule version: a schedule starts at its first entry; other orders go on from the last holder.
      currentRule = governing.id;
      state = { ...state, position: { party: state.position.party, index: -1 } };
    }
    const turn = nextTurn(model, governing.order, current.date, state, current.until ? addDays(current.until, -1) : current.date);
    if (!turn) return;
    let holder = turn.holder;
    state = turn.state;
    const host = current.summit?.host;
    // A planned summit's host takes the chair, unless a decision (a swap, skip, defer or
    // replacement) gave this turn to someone: the decision is the later, more specific word.
    if (host && governing.trigger.kind === 'summit' && governing.trigger.holder !== 'order' && host !== holder && turn.explainedBy.length === 0) {
      holder = host;
      state = resyncRotation(governing.order, state, holder);
    }
    let next = boundaries.next(current.until ? addDays(current.until, -1) : current.date);
    // No next boundary on or before 9999-12-31: this period is the last, open at the calendar's end.
    let pastLastDay = boundaries.pastLastDay;
    const extensions = extensionsFor(pending, holder, current.date, next?.date ?? null);
    if (next && extensions.length > 0) {
      const end = extendedEnd(next.date, extensions);
      if (end === undefined) {
        next = undefined;
        pastLastDay = true;
      } else {
        next = { date: end, precision: 'day', estimated: false };
        boundaries.next(addDays(end, -1));
      }
    }
    const end = next?.date ?? null;
    if (end !== null && end <= current.date) return;
    const { basis, reason } = rotationReason(model, governing, current, horizon);
    yield {
      office: office.id,
      holder: { party: holder, person: null },
      start: current.date,
      startPrecision: current.precision,
      ...(current.until ? { startUncertainUntil: current.until } : {}),
      end,
      ...(next && next.precision !== 'day' ? { endPrecision: next.precision } : {}),
      ...(next?.until ? { endUncertainUntil: next.until } : {}),
      ...(next === undefined && pastLastDay ? { endAfterLastDay: true as const } : {}),
      basis,
      reason,
      rule: governing.id,
      ...(current.estimated ? { estimated: true } : {}),
      // Without extensions (almost every period), the turn's list and the rule's sources as they
      // are: a projection to year 9999 makes 100,000 periods.
      decisions: extensions.length === 0 ? turn.explainedBy : [...turn.explainedBy, ...extensions.map((e) => e.id)],
      sources: extensions.length === 0 ? (governing.sources ?? NO_SOURCES) : [...new Set([...(governing.sources ?? []), ...extensions.flatMap((e) => e.sources ?? [])])],
    };
    current = next;
  }
}

/**
 * The continuation of a fixed-term office after its record: what the rule does when the last
 * recorded term ends (a holdover, a vacancy, or an uncertain answer), then the terms it expects.
 */
export function* continueTerm(model: Model, office: Office, tenures: readonly Tenure[]): Generator<Tenure, void, undefined> {
  const last = tenures[tenures.length - 1];
  if (!last) return;
  if (last.end === null && last.termEndUnknown) return;
  let date: PlainDate | undefined = last.end ?? last.termEnd;
  if (!date) return;
  let window = last.end !== null ? last.endUncertainUntil : last.termEndUncertainUntil;
  const firstRule = governingRule(office, date);
  if (!isTerm(firstRule)) return;
  const horizon = horizonOf(model.record, office.id);
  if (last.end === null) {
    const expiry = firstRule.onExpiry ?? 'unknown';
    if (expiry === 'holdover') {
      yield {
        ...last,
        start: date,
        startPrecision: window ? 'year' : 'day',
        ...(window ? { startUncertainUntil: window } : {}),
        end: null,
        basis: 'rule',
        reason: { code: 'holdover', since: date },
        rule: firstRule.id,
      };
      return;
    }
    yield {
      ...last,
      end: date,
      ...(window ? { endUncertainUntil: window, endPrecision: 'year' as const } : {}),
      endBasis: 'rule',
    };
  }
  let state: RotationState | undefined = firstRule.nationality
    ? replayRotation(model, office.id, firstRule.nationality.order, tenures, { from: earliestDay(firstRule.from) }).state
    : undefined;
  for (let step = 0; step < PROJECTION_STEP_LIMIT; step++) {
    const rule = governingRule(office, date);
    if (!isTerm(rule)) return;
    let party: string | null = null;
    const explainedBy: string[] = [];
    if (rule.nationality) {
      state ??= replayRotation(model, office.id, rule.nationality.order, tenures, { from: earliestDay(rule.from) }).state;
      const turn = nextTurn(model, rule.nationality.order, date, state);
      if (!turn) return;
      party = turn.holder;
      state = turn.state;
      explainedBy.push(...turn.explainedBy);
    }
    const start = termStart(rule, date, date);
    // A term that would start after 9999-12-31 (on a fixed day of year 10000) cannot be dated.
    if (!isInCalendar(start)) return;
    // A term that would end after it is the last: open, at the end of the calendar.
    const end = addDurationWithin(start, rule.length);
    const endWindow = window && end !== undefined ? addDurationWithin(window, rule.length) : undefined;
    const inferred = rule.grade === 'inferred' ? { inferred: true } : {};
    // The decision that would settle these answers is an event the record may not have.
    const known = horizon !== undefined ? { knownThrough: horizon } : {};
    const reason: BasisReason =
      step === 0 ? (rule.onExpiry === 'vacant' ? { code: 'vacant-by-rule', since: start, ...inferred } : { code: 'term-expired', since: start, ...inferred, ...known }) : { code: 'event-expected', ...inferred, ...known };
    yield {
      office: office.id,
      holder: { party, person: null },
      start,
      startPrecision: window ? 'year' : 'day',
      ...(window ? { startUncertainUntil: window } : {}),
      end: end ?? null,
      ...(endWindow ? { endUncertainUntil: endWindow, endPrecision: 'year' as const } : {}),
      ...(end === undefined ? { endAfterLastDay: true as const } : {}),
      basis: 'projected',
      reason,
      rule: rule.id,
      ...(end !== undefined ? { termEnd: end } : {}),
      ...(endWindow ? { termEndUncertainUntil: endWindow } : {}),
      estimated: true,
      decisions: explainedBy,
      sources: rule.sources ?? [],
    };
    if (end === undefined) return;
    date = end;
    window = endWindow;
  }
}
