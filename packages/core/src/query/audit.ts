import { earliestDay } from '../calendar/plain-date';
import { compile, effectiveDay, rulesOn, type Model } from '../model/compile';
import type { Tenure } from '../model/types';
import { isRotationException, type RotationException } from '../rules/exceptions';
import { replayRotation } from '../rules/replay';
import type { Office } from '../schema/office';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import { UnknownReferenceError } from '../errors';
import { parseDuration } from '../calendar/duration';
import { gridDay, gridIndex } from '../rules/grid';

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
  | 'nationality';

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

function auditRule(model: Model, office: Office, rule: Rule, tenures: readonly Tenure[]): AuditEntry[] {
  const inWindow = (t: Tenure) => rulesOn(office, t.start).includes(rule);
  const order = orderOf(rule);
  const replaySteps = order ? replayRotation(model, office.id, order, tenures, { from: earliestDay(rule.from), ...(rule.kind === 'rotation' ? { trigger: rule.trigger } : {}) }).steps : [];
  const steps = new Map(replaySteps.map((s) => [s.tenure, s]));
  const exceptions = model.record.decisions.filter((d) => isRotationException(d, office.id));
  const entries: AuditEntry[] = [];
  tenures.forEach((tenure, index) => {
    if (!inWindow(tenure)) return;
    const step = steps.get(tenure);
    const departures: Departure[] = [];
    const expected = step?.expected ?? null;
    if (step && step.departs) {
      const explainedBy = explainingDecisions(exceptions, tenure, expected);
      departures.push({
        kind: rule.kind === 'rotation' ? 'holder' : 'nationality',
        message: `the order gives ${expected} after ${tenures[index - 1]?.holder.party ?? 'the previous holder'}; the record has ${tenure.holder.party}`,
        expected,
        explainedBy,
      });
    }
    if (rule.kind === 'term') {
      const previous = tenures[index - 1];
      if (rule.nationality?.noConsecutiveSame && previous && previous.holder.party !== null && previous.holder.party === tenure.holder.party) {
        departures.push({ kind: 'nationality', message: `two consecutive holders of nationality ${tenure.holder.party}`, expected, explainedBy: [] });
      }
      if (tenure.termEnd && tenure.end !== null && tenure.end > tenure.termEnd) {
        departures.push({
          kind: 'length',
          message: `held until ${tenure.end}, after the term ended by rule on ${tenure.termEnd}`,
          expected: null,
          explainedBy: [],
        });
      }
    } else if (rule.trigger.kind === 'summit') {
      const startDecision = model.decisions.get(tenure.decisions[0] ?? '');
      const summit =
        (startDecision?.summit && model.summits.find((s) => s.id === startDecision.summit)) ||
        model.summits.find((s) => s.kind === 'ordinary' && earliestDay(s.date) === tenure.start);
      if (!summit || summit.kind !== 'ordinary') {
        departures.push({ kind: 'timing', message: `took over on ${tenure.start}, not at an ordinary summit`, expected: null, explainedBy: startDecision ? [startDecision.id] : [] });
      } else if (summit.host !== undefined && summit.host !== tenure.holder.party) {
        departures.push({ kind: 'host', message: `took over at the summit ${summit.id} hosted by ${summit.host}`, expected: summit.host, explainedBy: [] });
      }
    } else {
      const trigger = rule.trigger;
      const every = parseDuration(trigger.every)!;
      const k = gridIndex(trigger.anchor, every, tenure.start);
      const nominalStart = gridDay(trigger.anchor, every, k);
      const nominalEnd = gridDay(trigger.anchor, every, k + 1);
      if (nominalStart !== tenure.start) {
        departures.push({
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
        const lateHandover = extensions.length === 0 && tenure.end < gridDay(trigger.anchor, every, k + 2) ? tenures[index + 1]?.decisions[0] : undefined;
        departures.push({
          kind: 'length',
          message: `held from ${tenure.start} to ${tenure.end}; the rule's period ended on ${nominalEnd}`,
          expected: null,
          explainedBy: [...extensions, ...(lateHandover ? [lateHandover] : [])],
        });
      }
    }
    entries.push({ tenure, rule: rule.id, role: rule.role, expected, applied: step?.departs ? [] : (step?.explainedBy ?? []), departures });
  });
  return entries;
}

/**
 * Every recorded tenure of an office measured against each rule version in force when it began
 * (the stated rule and the practice alike): the party the order expected, and each departure —
 * another holder, a chair who was not the host, a handover off the rule's dates, a term held
 * past its end — with the recorded decisions that explain it (empty when none does).
 * @throws {UnknownReferenceError} when the office does not exist.
 * @example audit(ots, 'chair').filter((e) => e.role === 'stated' && e.departures.some((d) => d.kind === 'holder'))
 */
export function audit(record: OrganizationRecord, officeId: string): AuditEntry[] {
  const model = compile(record);
  const office = model.offices.get(officeId);
  if (!office) throw new UnknownReferenceError('office', officeId, [...model.offices.keys()]);
  const tenures = model.tenures.get(officeId) ?? [];
  return office.rules.flatMap((rule) => auditRule(model, office, rule, tenures));
}
