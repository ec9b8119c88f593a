// The continuation loops: an office's periods after its record, by rotation (continueRotation,
// walking _boundaries.ts) or by term (continueTerm), each period extended as _extensions.ts says.
import { addDurationWithin } from '../calendar/duration';
import { addDays, earliestDay, maxDate, type PlainDate } from '../calendar/plain-date';
import { isInCalendar } from '../calendar/range';
import { decisionsOf, effectiveDay, governingRule, type Model } from '../model/compile';
import { horizonOf } from '../model/horizon';
import type { BasisReason, Tenure } from '../model/types';
import { nextTurn, resyncRotation, type RotationState } from '../rules/exceptions';
import { anchorDay } from '../rules/grid';
import { replayRotation } from '../rules/replay';
import { termStart } from '../rules/term';
import type { ExtendDecision } from '../schema/decision';
import type { Office } from '../schema/office';
import type { Rule, RotationRule, TermRule } from '../schema/rule';
import { unfilledSeatsOn } from './_roster';
import { boundariesOf, gridBoundary, isRotation, type Boundary } from './_boundaries';
import { extendedEnd, extensionsFor } from './_extensions';

/**
 * The most periods a continuation computes, whatever it is asked: every projection terminates.
 * The calendar bounds it first: every step moves forward in time and no period starts after
 * 9999-12-31 (`LAST_DAY`), so a daily rotation gives at most about 3.65 million periods, a monthly
 * one about 120,000, and most offices far fewer.
 */
export const PROJECTION_STEP_LIMIT = 1_000_000;

function isTerm(rule: Rule | undefined): rule is TermRule {
  return rule?.kind === 'term';
}

const NO_SOURCES: readonly string[] = Object.freeze([]);

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
