import { earliestDay, isPlainDate, type PlainDate } from '../calendar/plain-date';
import { formatWindow } from '../describe/format-date';
import { compile, effectiveDay, type Model } from '../model/compile';
import { checkOptions } from '../model/_arguments';
import type { Tenure } from '../model/types';
import type { RotationException } from '../rules/exceptions';
import { replayRotation } from '../rules/replay';
import type { Office } from '../schema/office';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import type { Decision } from '../schema/decision';
import type { Summit } from '../schema/summit';
import { UnknownReferenceError } from '../errors';
import { parseDuration } from '../calendar/duration';
import { anchorDay, gridDay, gridIndex } from '../rules/grid';

/** How a recorded tenure departs from a rule. */
export type DepartureKind =
  /** Another party (or nationality) held the office than the order gives. */
  | 'holder'
  /** The chair is not the host of the summit where it took over, under a summit rule. */
  | 'host'
  /** The period did not start on the rule's nominal day. */
  | 'timing'
  /** The period lasted longer or shorter than the rule gives. */
  | 'length'
  /** Two consecutive holders of one nationality where the rule forbids it. */
  | 'nationality'
  /**
   * The term is past its end by rule on the audit's `today` and the record has no extension,
   * renewal, successor, nor a rule that keeps the holder in office (`onExpiry: holdover`).
   */
  | 'expired';

/** One way a recorded tenure departs from one rule version, and the decisions that explain it. */
export interface Departure {
  readonly kind: DepartureKind;
  readonly message: string;
  /** The party the rule expected, where there is one. */
  readonly expected: string | null;
  /** Decisions that explain the departure; empty when none does. */
  readonly explainedBy: readonly string[];
}

/** A recorded tenure measured against one rule version in force when it began. */
export interface AuditEntry {
  readonly tenure: Tenure;
  readonly rule: string;
  readonly role: Rule['role'];
  /** The party the rule's order expected (null for the tenure that seeds the rotation). */
  readonly expected: string | null;
  /** Recorded exceptions (skip, defer, swap, replace) the rule applied to reach `expected`. */
  readonly applied: readonly string[];
  readonly departures: readonly Departure[];
}

const NO_DEPARTURES: readonly Departure[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);

function orderOf(rule: Rule) {
  return rule.kind === 'rotation' ? rule.order : rule.nationality?.order;
}

function explainingDecisions(exceptions: readonly RotationException[], tenure: Tenure, expected: string | null): string[] {
  const actual = tenure.holder.party;
  return exceptions
    .filter(
      (d) =>
        effectiveDay(d) <= tenure.start &&
        (d.type === 'swap'
          ? d.parties.includes(actual ?? '') || d.parties.includes(expected ?? '')
          : d.party === expected || d.party === actual || (d.type === 'replace' && d.with === actual)),
    )
    .map((d) => d.id);
}

/** The first index in `tenures` (sorted by start) whose start is on or after `day`. */
function firstStartingOnOrAfter(tenures: readonly Tenure[], day: PlainDate): number {
  let lo = 0;
  let hi = tenures.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tenures[mid]!.start < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the audit of one office shares across its rule versions: built once per call. */
interface OfficeIndex {
  readonly exceptions: readonly RotationException[];
  readonly summitsById: ReadonlyMap<string, Summit>;
  /** The earliest day of each of the model's summits, in their (sorted) order. */
  readonly summitDays: readonly PlainDate[];
  /** No two summits share an id (else `summitsById`, which holds the first, is asked). */
  readonly uniqueSummitIds: boolean;
  /** The effective day of each of `model.decisionsByDay`, built on the first summit-triggered rule. */
  decisionDays: () => readonly PlainDate[];
}

interface SharedIndex {
  byOffice: Map<string, RotationException[]>;
  summitsById: Map<string, Summit>;
  summitDays: PlainDate[];
  uniqueSummitIds: boolean;
  decisionDays: () => readonly PlainDate[];
}

const officeIndexes = new WeakMap<Model, SharedIndex>();

/** Built once per compiled model, in one pass over its decisions and summits; shared by every office's audit. */
function indexOffice(model: Model, officeId: string): OfficeIndex {
  let shared = officeIndexes.get(model);
  if (!shared) {
    const byOffice = new Map<string, RotationException[]>();
    // forEach, not for…of: run once per model, these loops are not optimized, and an iterator
    // makes an object per element.
    model.record.decisions.forEach((d) => {
      if (d.type !== 'skip' && d.type !== 'defer' && d.type !== 'swap' && d.type !== 'replace') return;
      const list = byOffice.get(d.office);
      if (list) list.push(d);
      else byOffice.set(d.office, [d]);
    });
    const summitsById = new Map<string, Summit>();
    const summitDays: PlainDate[] = [];
    model.summits.forEach((s) => {
      if (!summitsById.has(s.id)) summitsById.set(s.id, s);
      summitDays.push(earliestDay(s.date));
    });
    let decisionDays: PlainDate[] | undefined;
    const uniqueSummitIds = summitsById.size === model.summits.length;
    officeIndexes.set(model, (shared = { byOffice, summitsById, summitDays, uniqueSummitIds, decisionDays: () => (decisionDays ??= model.decisionsByDay.map(effectiveDay)) }));
  }
  return { exceptions: shared.byOffice.get(officeId) ?? [], summitsById: shared.summitsById, summitDays: shared.summitDays, uniqueSummitIds: shared.uniqueSummitIds, decisionDays: shared.decisionDays };
}

/**
 * The summit at which a tenure of a summit-triggered office began: the one its first decision
 * names (the first summit with that id), else the first ordinary summit of its first day. `at` is the first summit not before the tenure's start, kept by the caller as the
 * tenures advance, so that the summits of that day are read in place: at 10,000 summits two hash
 * lookups per tenure cost more than the rest of the audit (memory, not arithmetic).
 */
function summitAt(model: Model, shared: OfficeIndex, at: number, start: PlainDate, id: string | undefined): Summit | undefined {
  let ordinary: Summit | undefined;
  const days = shared.summitDays;
  for (let i = at; i < days.length && days[i] === start; i++) {
    const s = model.summits[i]!;
    if (id !== undefined && s.id === id && shared.uniqueSummitIds) return s;
    if (ordinary === undefined && s.kind === 'ordinary') ordinary = s;
  }
  return (id !== undefined ? shared.summitsById.get(id) : undefined) || ordinary;
}

/**
 * The decision a tenure began with (`model.decisions.get(id)`), read in place among the decisions
 * of its start day: `at` is the first of `model.decisionsByDay` not before that day, kept by the
 * caller. Where ids repeat, the map (which holds the last) answers.
 */
function decisionAt(model: Model, days: readonly PlainDate[], at: number, start: PlainDate, id: string | undefined): Decision | undefined {
  if (id !== undefined && model.decisions.size === model.decisionsByDay.length) {
    for (let i = at; i < days.length && days[i] === start; i++) if (model.decisionsByDay[i]!.id === id) return model.decisionsByDay[i];
  }
  return model.decisions.get(id ?? '');
}

/**
 * One rule version against the tenures that began in its window `[from, to)` only: the replay
 * runs from the tenure that seeds it (the last one with a party before the window) to the end of
 * the window, so that each version costs what its own window holds.
 */
function auditRule(model: Model, office: Office, rule: Rule, tenures: readonly Tenure[], shared: OfficeIndex, departingOnly: boolean): AuditEntry[] {
  const from = earliestDay(rule.from);
  const lo = firstStartingOnOrAfter(tenures, from);
  const hi = rule.to === undefined ? tenures.length : Math.max(lo, firstStartingOnOrAfter(tenures, earliestDay(rule.to)));
  if (lo === hi) return [];
  let seed = lo - 1;
  while (seed >= 0 && tenures[seed]!.holder.party === null) seed--;
  const order = orderOf(rule);
  const replaySteps = order
    ? replayRotation(model, office.id, order, tenures.slice(Math.max(0, seed), hi), { from, ...(rule.kind === 'rotation' ? { trigger: rule.trigger } : {}) }).steps
    : [];
  // The replay's steps follow the tenures' order (a subset of them): one pointer walks both.
  let next = 0;
  // The first summit not before the current tenure's start (summit-triggered rules).
  let summitIndex = 0;
  let decisionIndex = 0;
  const exceptions = shared.exceptions;
  // A calendar rule's grid: its duration parsed once, and the index of the period the current
  // tenure began in, which moves forward with the tenures (see below).
  const grid = rule.kind === 'rotation' && rule.trigger.kind === 'calendar' ? rule.trigger : undefined;
  const every = grid && parseDuration(grid.every)!;
  const anchor = grid && anchorDay(grid.anchor);
  const validAnchor = anchor !== undefined && isPlainDate(anchor);
  const day = (i: number) => gridDay(anchor!, every!, i);
  let k: number | undefined;
  // The first days of period k and of the next one, kept while k stays.
  let nominalStart = '';
  let nominalEnd = '';
  const entries: AuditEntry[] = [];
  for (let index = lo; index < hi; index++) {
    const tenure = tenures[index]!;
    while (next < replaySteps.length && replaySteps[next]!.tenure.start < tenure.start) next++;
    let step: (typeof replaySteps)[number] | undefined;
    for (let j = next; j < replaySteps.length && replaySteps[j]!.tenure.start === tenure.start; j++) {
      if (replaySteps[j]!.tenure === tenure) {
        step = replaySteps[j];
        break;
      }
    }
    // Most tenures depart from nothing: they share one empty list (frozen) instead of one each.
    let departures: Departure[] | undefined;
    const expected = step?.expected ?? null;
    if (step && step.departs) {
      const explainedBy = explainingDecisions(exceptions, tenure, expected);
      (departures ??= []).push({
        kind: rule.kind === 'rotation' ? 'holder' : 'nationality',
        message: `the order gives ${expected} after ${tenures[index - 1]?.holder.party ?? 'the previous holder'}; the record has ${tenure.holder.party}`,
        expected,
        explainedBy,
      });
    }
    if (rule.kind === 'term') {
      const previous = tenures[index - 1];
      if (rule.nationality?.noConsecutiveSame && previous && previous.holder.party !== null && previous.holder.party === tenure.holder.party) {
        (departures ??= []).push({ kind: 'nationality', message: `two consecutive holders of nationality ${tenure.holder.party}`, expected, explainedBy: [] });
      }
      if (tenure.termEnd && tenure.end !== null && tenure.end > tenure.termEnd) {
        (departures ??= []).push({
          kind: 'length',
          message: `held until ${tenure.endUncertainUntil ? formatWindow(tenure.end, tenure.endUncertainUntil, 'iso') : tenure.end}, after the term ended by rule ${tenure.termEndUncertainUntil ? `in ${formatWindow(tenure.termEnd, tenure.termEndUncertainUntil)}` : `on ${tenure.termEnd}`}`,
          expected: null,
          explainedBy: [],
        });
      }
    } else if (rule.trigger.kind === 'summit') {
      const decisionDays = shared.decisionDays();
      while (decisionIndex < decisionDays.length && decisionDays[decisionIndex]! < tenure.start) decisionIndex++;
      const startDecision = decisionAt(model, decisionDays, decisionIndex, tenure.start, tenure.decisions[0]);
      while (summitIndex < shared.summitDays.length && shared.summitDays[summitIndex]! < tenure.start) summitIndex++;
      const summit = summitAt(model, shared, summitIndex, tenure.start, startDecision?.summit || undefined);
      if (!summit || summit.kind !== 'ordinary') {
        (departures ??= []).push({ kind: 'timing', message: `took over on ${tenure.start}, not at an ordinary summit`, expected: null, explainedBy: startDecision ? [startDecision.id] : [] });
      } else if (summit.host !== undefined && summit.host !== tenure.holder.party) {
        (departures ??= []).push({ kind: 'host', message: `took over at the summit ${summit.id} hosted by ${summit.host}`, expected: summit.host, explainedBy: [] });
      }
    } else {
      // Tenures come in order of start, so the period a tenure began in is mostly the previous
      // tenure's or the next one: found on the memoized grid days, not by date arithmetic (the
      // index is the one k with gridDay(k) <= start < gridDay(k + 1), as gridIndex gives it).
      const start = tenure.start;
      if (k === undefined || !validAnchor || !isPlainDate(start) || !(nominalStart <= start && start < nominalEnd)) {
        const following = k !== undefined && validAnchor && isPlainDate(start) && nominalEnd <= start ? day(k + 2) : undefined;
        if (k !== undefined && following !== undefined && start < following) {
          // The next period: its first day is the current one's end.
          k++;
          nominalStart = nominalEnd;
          nominalEnd = following;
        } else {
          k = gridIndex(anchor!, every!, start);
          nominalStart = day(k);
          nominalEnd = day(k + 1);
        }
      }
      // A handover the rule knows to the month is on time on any day of that month.
      if (grid!.anchor.length === 7 ? nominalStart.slice(0, 7) !== tenure.start.slice(0, 7) : nominalStart !== tenure.start) {
        (departures ??= []).push({
          kind: 'timing',
          message: `took over on ${tenure.start}; the rule's period began on ${nominalStart}`,
          expected: null,
          // A recorded handover day overrides the nominal one: the decision is the explanation.
          explainedBy: tenure.decisions.slice(0, 1),
        });
      }
      if (tenure.end !== null && tenure.end > nominalEnd) {
        const extensions = tenure.decisions.filter((id) => model.decisions.get(id)?.type === 'extend');
        // Held into the next period only until a recorded handover day: that handover explains it.
        const lateHandover = extensions.length === 0 && tenure.end < day(k + 2) ? tenures[index + 1]?.decisions[0] : undefined;
        (departures ??= []).push({
          kind: 'length',
          message: `held from ${tenure.start} to ${tenure.end}; the rule's period ended on ${nominalEnd}`,
          expected: null,
          explainedBy: [...extensions, ...(lateHandover ? [lateHandover] : [])],
        });
      }
    }
    if (!departingOnly || departures) entries.push({ tenure, rule: rule.id, role: rule.role, expected, applied: step?.departs ? NO_IDS : (step?.explainedBy ?? NO_IDS), departures: departures ?? NO_DEPARTURES });
  }
  return entries;
}

/**
 * Every recorded tenure of an office measured against each rule version in force when it began
 * (the stated rule and the practice alike): the party the order expected, and each departure —
 * another holder, a chair who was not the host, a handover off the rule's dates, a term held
 * past its end — with the recorded decisions that explain it (empty when none does).
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {UnknownReferenceError} when the office does not exist.
 * @throws {InvalidDateError} when `today` is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know.
 * @example audit(ots, 'chair').filter((e) => e.role === 'stated' && e.departures.some((d) => d.kind === 'holder'))
 */
export function audit(record: OrganizationRecord, officeId: string, options: { readonly today?: PlainDate } = {}): AuditEntry[] {
  const model = compile(record);
  const office = model.offices.get(officeId);
  if (!office) throw new UnknownReferenceError('office', officeId, [...model.offices.keys()]);
  checkOptions('audit', options, { today: 'date' });
  const tenures = model.tenures.get(officeId) ?? [];
  const shared = indexOffice(model, officeId);
  // One rule version (most offices): its entries as they are, not copied into a new list.
  const entries = office.rules.length === 1 ? auditRule(model, office, office.rules[0]!, tenures, shared, false) : office.rules.flatMap((rule) => auditRule(model, office, rule, tenures, shared, false));
  const today = options.today;
  if (today === undefined) return entries;
  // A running term past its end by rule, with nothing recorded and no holdover rule, is a finding.
  return entries.map((entry) => {
    const t = entry.tenure;
    const rule = office.rules.find((r) => r.id === entry.rule);
    if (rule?.kind !== 'term' || t.end !== null || !t.termEnd || t.termEnd > today || rule.onExpiry === 'holdover') return entry;
    if (t !== tenures[tenures.length - 1]) return entry;
    return {
      ...entry,
      departures: [...entry.departures, { kind: 'expired' as const, message: `the term ended by rule on ${t.termEnd}; no extension, reappointment or successor is recorded`, expected: null, explainedBy: [] }],
    };
  });
}

/**
 * The entries of {@link audit} (without `today`) that depart from their rule, in the same order
 * and the same as it gives them: what validation reports. A conforming tenure, nearly every one,
 * makes no entry.
 */
export function departingEntries(model: Model, office: Office): AuditEntry[] {
  const tenures = model.tenures.get(office.id) ?? [];
  const shared = indexOffice(model, office.id);
  return office.rules.length === 1 ? auditRule(model, office, office.rules[0]!, tenures, shared, true) : office.rules.flatMap((rule) => auditRule(model, office, rule, tenures, shared, true));
}
