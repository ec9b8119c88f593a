import { addDuration, parseDuration } from '../calendar/duration';
import { addDays, afterLatestDay, earliestDay, type DatePrecision, type PlainDate } from '../calendar/plain-date';
import { compile, governingRule, type Model } from '../model/compile';
import type { Tenure } from '../model/types';
import { nextTurn, resyncRotation, type RotationState } from '../rules/exceptions';
import { gridDayAfter, gridIndex } from '../rules/grid';
import { replayRotation } from '../rules/replay';
import { termStart } from '../rules/term';
import type { ExtendDecision } from '../schema/decision';
import type { Office } from '../schema/office';
import type { OrganizationRecord } from '../schema/record';
import type { RotationRule, TermRule } from '../schema/rule';
import { UnknownReferenceError } from '../errors';

/** The most periods a projection computes, whatever it is asked: every projection terminates. */
export const PROJECTION_STEP_LIMIT = 1_000_000;

/** Options for {@link project}. */
export interface ProjectOptions {
  /** The day the projection is made on; periods that ended before it are not returned. */
  readonly today: PlainDate;
  /** How many periods to return (default 5). */
  readonly count?: number;
}

/** A boundary between two projected periods: the first day, and how precisely it is known. */
interface Boundary {
  readonly date: PlainDate;
  readonly precision: DatePrecision;
  readonly until?: PlainDate;
  readonly estimated: boolean;
  readonly host?: string;
}

function precisionOfCadence(cadence: string): DatePrecision {
  const parts = parseDuration(cadence);
  if (!parts) return 'day';
  if (parts.days === 0 && parts.weeks === 0 && parts.months === 0) return 'year';
  if (parts.days === 0 && parts.weeks === 0) return 'month';
  return 'day';
}

function windowOf(date: PlainDate, precision: DatePrecision): PlainDate | undefined {
  if (precision === 'day') return undefined;
  return afterLatestDay(precision === 'year' ? date.slice(0, 4) : date.slice(0, 7));
}

function* summitBoundaries(model: Model, rule: RotationRule, after: PlainDate): Generator<Boundary> {
  if (rule.trigger.kind !== 'summit') return;
  const series = rule.trigger.series;
  let last: PlainDate = after;
  for (const summit of model.summits) {
    if (summit.kind !== 'ordinary' || (series !== undefined && summit.series !== series)) continue;
    if (summit.status === 'cancelled' || summit.status === 'postponed') continue;
    const start = earliestDay(summit.date);
    if (start <= after) continue;
    const precision = summit.date.length === 10 ? 'day' : summit.date.length === 7 ? 'month' : 'year';
    const until = windowOf(start, precision);
    last = start;
    yield { date: start, precision, ...(until ? { until } : {}), estimated: false, ...(summit.host ? { host: summit.host } : {}) };
  }
  const cadence = rule.trigger.cadence;
  if (!cadence) return;
  const precision = precisionOfCadence(cadence);
  for (let k = 1; ; k++) {
    const raw = addDuration(last, cadence, k);
    if (!inRange(raw)) return;
    const date = precision === 'year' ? `${raw.slice(0, 4)}-01-01` : precision === 'month' ? `${raw.slice(0, 7)}-01` : raw;
    const until = windowOf(date, precision);
    yield { date, precision, ...(until ? { until } : {}), estimated: true };
  }
}

function* calendarBoundaries(rule: RotationRule, from: PlainDate): Generator<Boundary> {
  if (rule.trigger.kind !== 'calendar') return;
  const { anchor } = rule.trigger;
  const every = parseDuration(rule.trigger.every)!;
  // Step the grid index rather than searching for it again at every period.
  for (let k = gridIndex(anchor, every, from) + 1; ; k++) {
    const date = addDuration(anchor, every, k);
    if (!inRange(date)) return;
    yield { date, precision: 'day', estimated: false };
  }
}

/** Plain dates are four-digit years: a projection stops at the end of year 9999. */
function inRange(date: PlainDate): boolean {
  return date.length === 10 && date[0] !== '-';
}

function isRotation(rule: unknown): rule is RotationRule {
  return (rule as RotationRule | undefined)?.kind === 'rotation';
}

function* projectRotation(model: Model, office: Office, today: PlainDate): Generator<Tenure> {
  const tenures = model.tenures.get(office.id) ?? [];
  const last = tenures[tenures.length - 1];
  const reference = last && last.start > today ? last.start : today;
  const rule = governingRule(office, reference);
  if (!isRotation(rule)) return;
  let state: RotationState = replayRotation(model, office.id, rule.order, tenures, { from: earliestDay(rule.from), trigger: rule.trigger }).state;
  let currentRule = rule.id;
  let first: Boundary;
  let boundaries: Generator<Boundary>;
  if (rule.trigger.kind === 'calendar') {
    const seed = last ? last.start : earliestDay(rule.from);
    boundaries = calendarBoundaries(rule, seed);
    if (last?.end) {
      first = { date: last.end, precision: 'day', estimated: false };
    } else if (last) {
      first = boundaries.next().value as Boundary;
      // An extension of the running period moves its end; the grid resumes after it.
      const extensions = last.decisions.map((id) => model.decisions.get(id)).filter((d): d is ExtendDecision => d?.type === 'extend');
      if (extensions.length > 0) {
        let end = first.date;
        for (const extension of extensions) end = extension.until ?? (extension.for ? addDuration(end, extension.for) : end);
        first = { date: end, precision: 'day', estimated: false };
        boundaries = calendarBoundaries(rule, end);
      }
    } else {
      const anchorDay = rule.trigger.anchor >= earliestDay(rule.from) ? rule.trigger.anchor : gridDayAfter(rule.trigger.anchor, rule.trigger.every, earliestDay(rule.from));
      first = { date: anchorDay, precision: 'day', estimated: false };
      boundaries = calendarBoundaries(rule, anchorDay);
    }
  } else {
    // Summits after the last recorded handover; a vacancy (an ended tenure) lasts until the next one.
    boundaries = summitBoundaries(model, rule, last ? last.start : addDays(earliestDay(rule.from), -1));
    const next = boundaries.next();
    if (next.done) return;
    first = next.value;
  }
  let current = first;
  for (let step = 0; step < PROJECTION_STEP_LIMIT; step++) {
    const governing = governingRule(office, current.date);
    if (!isRotation(governing)) return;
    if (governing.id !== currentRule) {
      // A new rule version: a schedule starts at its first entry; other orders go on from the last holder.
      currentRule = governing.id;
      const party = state.position.party;
      state = { ...state, position: { party, index: -1 } };
    }
    const turn = nextTurn(model, governing.order, current.date, state);
    if (!turn) return;
    let holder = turn.holder;
    state = turn.state;
    if (current.host && current.host !== holder) {
      holder = current.host;
      state = resyncRotation(governing.order, state, holder);
    }
    const next = boundaries.next();
    const end = next.done ? null : next.value.date;
    if (end !== null && end <= current.date) return;
    yield {
      office: office.id,
      holder: { party: holder, person: null },
      start: current.date,
      startPrecision: current.precision,
      ...(current.until ? { startUncertainUntil: current.until } : {}),
      end,
      basis: 'projected',
      rule: governing.id,
      ...(current.estimated ? { estimated: true } : {}),
      ...(isOverdue(current, today) ? { overdue: true } : {}),
      decisions: turn.explainedBy,
      sources: governing.sources ?? [],
    };
    if (next.done) return;
    current = next.value;
  }
}

function isOverdue(boundary: Boundary, today: PlainDate): boolean {
  return (boundary.until ?? boundary.date) <= today && boundary.date < today;
}

function isTerm(rule: unknown): rule is TermRule {
  return (rule as TermRule | undefined)?.kind === 'term';
}

function* projectTerm(model: Model, office: Office, today: PlainDate): Generator<Tenure> {
  const tenures = model.tenures.get(office.id) ?? [];
  const last = tenures[tenures.length - 1];
  if (!last) return;
  let date = last.end ?? last.termEnd;
  if (!date) return;
  const firstRule = governingRule(office, date);
  if (!isTerm(firstRule)) return;
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
    const end = addDuration(start, rule.length);
    if (!inRange(end)) return;
    yield {
      office: office.id,
      holder: { party, person: null },
      start,
      startPrecision: 'day',
      end,
      basis: 'projected',
      rule: rule.id,
      termEnd: end,
      ...(start < today ? { overdue: true } : {}),
      decisions: explainedBy,
      sources: rule.sources ?? [],
    };
    date = end;
  }
}

/**
 * Every projected period of an office, in order, from the end of the record on: a lazy sequence
 * that stops after {@link PROJECTION_STEP_LIMIT} periods, when no party is eligible, when a fixed
 * schedule runs out, or when no rule governs the office.
 */
export function projectionOf(record: OrganizationRecord, officeId: string, today: PlainDate): Generator<Tenure> {
  const model = compile(record);
  const office = model.offices.get(officeId);
  if (!office) throw new UnknownReferenceError('office', officeId);
  return office.heldBy === 'party' ? projectRotation(model, office, today) : projectTerm(model, office, today);
}

/**
 * The next holders of an office by its rule (the practice, where the record gives one), from
 * the period under way on `today`. Each period is marked `basis: 'projected'` and names the
 * rule that produced it; `overdue` marks one that should already have begun by rule,
 * `estimated` one whose dates are estimates (e.g. from a summit cadence).
 * @throws {UnknownReferenceError} when the office does not exist.
 * @example
 * project(ots, 'chair', { today: '2026-11-28', count: 3 }).map((t) => t.holder.party) // ['TR', 'UZ', 'KZ']
 */
export function project(record: OrganizationRecord, officeId: string, options: ProjectOptions): Tenure[] {
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
