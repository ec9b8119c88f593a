import { afterLatestDay, earliestDay, type PlainDate } from '../calendar/plain-date';
import { horizonOf } from '../model/horizon';
import { certainties, confirmations } from '../model/indexes';
import type { Certainty, Confirmation, Tenure } from '../model/types';
import type { Dispute, Gap } from '../schema/gap';
import type { OrganizationRecord } from '../schema/record';

/** How sure a period is, and for a presumed one the last day a source shows its holder in office. */
export interface TenureCertainty {
  readonly certainty: Exclude<Certainty, 'uncertain'>;
  readonly lastConfirmed?: Confirmation;
}

/**
 * A period with no known end: an extension of unknown length, a holdover by rule, or a recorded
 * period that no rule ends. After the last confirmation its holder is only presumed in office.
 */
function endUnknown(t: Tenure): boolean {
  return t.end === null && !t.endAfterLastDay && (t.termEndUnknown === true || t.reason?.code === 'holdover' || (t.basis === 'recorded' && t.termEnd === undefined));
}

/**
 * The last day a source shows the holder of `t` in office: the latest attestation of that holder
 * in that office during the period (the day the source reports, which may precede its
 * publication), else the latest day-dated source of the period itself. Kept per period: a
 * timeline's periods are computed once.
 */
export function lastConfirmation(record: OrganizationRecord, t: Tenure): Confirmation | undefined {
  let found = confirmations.get(t);
  if (found === undefined) {
    let best: Confirmation | null = null;
    for (const a of record.attestations ?? []) {
      const same = a.person !== undefined ? a.person === t.holder.person : a.party === t.holder.party;
      if (a.office === t.office && same && a.date >= t.start && (t.end === null || a.date < t.end) && (!best || a.date > best.date)) best = { date: a.date, sources: a.sources };
    }
    // Without an attestation, the latest day-dated source of the period (its publication day).
    if (!best) for (const id of t.sources) {
      const date = record.sources.find((s) => s.id === id)?.date;
      if (date?.length === 10 && date >= t.start && (!best || date > best.date)) best = { date, sources: [id] };
    }
    confirmations.set(t, (found = best));
  }
  return found ?? undefined;
}

/**
 * What the record knows that touches the period and may change it: a dispute about its
 * decisions, a gap about them or over its days (a gap with no dates, about the office's past as a
 * whole, does not).
 */
export function touching(record: OrganizationRecord, t: Tenure): (Gap | Dispute)[] {
  const about = (ids: readonly string[] | undefined) => ids?.some((id) => t.decisions.includes(id)) === true;
  const found: (Gap | Dispute)[] = (record.disputes ?? []).filter((d) => about(d.concerns));
  for (const g of record.gaps ?? []) {
    if (about(g.concerns)) found.push(g);
    else if (g.office === t.office && (g.from !== undefined || g.to !== undefined) && (g.from === undefined || t.end === null || earliestDay(g.from) < t.end) && (g.to === undefined || afterLatestDay(g.to) > t.start)) found.push(g);
  }
  return found;
}

/** `automatic` or `confirmed`: how the rule that gave `t` passes its turns (see `RotationRule.turns`). */
export function turnsOf(record: OrganizationRecord, t: Tenure): 'automatic' | 'confirmed' {
  for (const o of record.offices) {
    if (o.id !== t.office) continue;
    for (const r of o.rules) if (r.id === t.rule && r.kind === 'rotation') return r.turns ?? (r.trigger.kind === 'calendar' ? 'automatic' : 'confirmed');
  }
  return 'automatic';
}

/**
 * How sure a period is (see {@link Certainty}), on `date` (default: its last day, for a period
 * given whole, as `project` and `history` give them):
 * - a projected period is `expected-by-rule` (as a holding on one of its days it is `uncertain`);
 * - a period with no known end is `presumed` past the last day a source shows its holder in
 *   office (`lastConfirmed`), or with no such source at all;
 * - a recorded period that began by the knowledge horizon is `recorded`; one decided in advance
 *   (beginning after it), or a period certain by rule, is `certain-by-rule` unless a gap, a dispute
 *   or an estimate touches it, or its rule's turns are each confirmed by a decision: then
 *   `expected-by-rule`.
 * @example tenureCertainty(ots, history(ots, 'secretary-general').at(-1)!, '2026-12-07')
 * // { certainty: 'presumed', lastConfirmed: { date: '2026-03-10', sources: ['dailysabah-2026-03-11'] } }
 */
export function tenureCertainty(record: OrganizationRecord, t: Tenure, date?: PlainDate): TenureCertainty {
  if (t.basis === 'projected') return { certainty: 'expected-by-rule' };
  if (endUnknown(t)) {
    const last = lastConfirmation(record, t);
    if (!last || date === undefined || date > last.date) return last ? { certainty: 'presumed', lastConfirmed: last } : { certainty: 'presumed' };
    // A source shows the holder in office that day or later.
    if (t.basis === 'rule') return { certainty: 'certain-by-rule' };
  }
  let found = certainties.get(t);
  if (found === undefined) certainties.set(t, (found = { certainty: dayFreeCertainty(record, t) }));
  return found;
}

/** How sure a period is that is not presumed: the same whatever the day asked. */
function dayFreeCertainty(record: OrganizationRecord, t: Tenure): Exclude<Certainty, 'uncertain' | 'presumed'> {
  if (t.basis === 'recorded') {
    const horizon = horizonOf(record, t.office);
    if (horizon === undefined || t.start <= horizon) return 'recorded';
  } else if (turnsOf(record, t) === 'confirmed') return 'expected-by-rule';
  return t.overdue || t.estimated || touching(record, t).length > 0 ? 'expected-by-rule' : 'certain-by-rule';
}

/** `t` with its certainty (and last confirmation), as `project` and `history` return periods. */
export function withCertainty(record: OrganizationRecord, t: Tenure): Tenure {
  // One spread, then plain assignments: a second spread in the same literal is a runtime call in
  // V8 and leaves objects that every query reads slowly (pnpm bench, holder-on).
  const sure = tenureCertainty(record, t);
  const copy: { -readonly [K in keyof Tenure]: Tenure[K] } = { ...t };
  copy.certainty = sure.certainty;
  if (sure.lastConfirmed) copy.lastConfirmed = sure.lastConfirmed;
  return copy;
}
