import type { PlainDate } from '../calendar/plain-date';
import { effectiveDay } from '../model/_days';
import { exceptionsOf } from '../model/indexes';
import type { Roster, Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import type { RotationOrder, RotationTrigger } from '../schema/rule';
import { addDays } from '../calendar/plain-date';
import { anchorDay, gridDayAtOrBefore, gridIndex } from './grid';
import { nextTurn, pendingExceptions, resyncRotation, startRotation, type RotationException, type RotationState } from './exceptions';

/** What a rotation order expected of one recorded tenure. */
export interface ReplayStep {
  readonly tenure: Tenure;
  /** The party the order expected (null for the first tenure, which seeds the rotation). */
  readonly expected: string | null;
  /** Whose turn it nominally was. */
  readonly nominal: string | null;
  /** Exceptions the expectation applied. */
  readonly explainedBy: readonly string[];
  readonly departs: boolean;
}

/** Options for {@link replayRotation}. */
export interface ReplayOptions {
  /**
   * The first day of the rule version being replayed. The last tenure before it seeds the
   * rotation (a fixed schedule starts at its first entry); tenures from it on are measured.
   */
  readonly from?: PlainDate;
  /**
   * The rule's trigger. A fixed schedule on a calendar that began before the record is aligned
   * by date: its entry for the first recorded period is the one of that period's slot.
   */
  readonly trigger?: RotationTrigger;
}


/**
 * Replays recorded tenures through a rotation order: for each one, the party the order (with the
 * recorded skips, defers, swaps and replacements) expected, and whether the record departs from
 * it. After a departure the rotation goes on from the party that actually held the office.
 * Tenures without a party (unknown nationality) are passed over. Exceptions that took effect
 * before the seed tenure began are spent: they concerned turns before the record.
 */
export function replayRotation(model: Roster & { readonly record: Pick<OrganizationRecord, 'decisions'> }, office: string, order: RotationOrder, tenures: readonly Tenure[], options: ReplayOptions = {}): { steps: ReplayStep[]; state: RotationState } {
  const all = exceptionsOf(model, office);
  const known = tenures.filter((t) => t.holder.party !== null);
  const from = options.from;
  const measured = from === undefined ? known.slice(1) : known.filter((t) => t.start >= from);
  const seed = from === undefined ? known[0] : [...known].reverse().find((t) => t.start < from);
  const steps: ReplayStep[] = [];
  let state: RotationState;
  // Exceptions decided during the turn before the first recorded one concern the turns after it,
  // unless they name its holder, whose turn the record shows as it happened.
  const pendingFrom = (first: Tenure) => {
    const trigger = options.trigger;
    const since = trigger?.kind === 'calendar' ? gridDayAtOrBefore(anchorDay(trigger.anchor), trigger.every, addDays(first.start, -1)) : first.start;
    return all.filter((d) => effectiveDay(d) >= first.start || (effectiveDay(d) >= since && !names(d, first.holder.party!)));
  };
  if (seed) {
    const pending = pendingFrom(seed);
    state = order.kind === 'fixed' ? { position: { party: seed.holder.party, index: -1 }, pending: pendingExceptions(pending), owed: [] } : startRotation(order, seed.holder.party, pending);
    if (from === undefined) steps.push({ tenure: seed, expected: null, nominal: null, explainedBy: [], departs: false });
  } else {
    // No tenure before this rule: a schedule starts at its first entry; other orders are seeded
    // by the first tenure measured, which then has no expectation.
    const first = measured[0];
    state = startRotation(order, null, first ? pendingFrom(first) : all);
    const trigger = options.trigger;
    if (order.kind === 'fixed' && first && from !== undefined && trigger?.kind === 'calendar') {
      const slot = gridIndex(anchorDay(trigger.anchor), trigger.every, first.start) - gridIndex(anchorDay(trigger.anchor), trigger.every, from);
      state = { ...state, position: { party: null, index: Math.max(-1, slot - 1) } };
    }
    if (order.kind !== 'fixed' && first) {
      state = startRotation(order, first.holder.party, state.pending);
      steps.push({ tenure: first, expected: null, nominal: null, explainedBy: [], departs: false });
      measured.shift();
    }
  }
  for (const tenure of measured) {
    const actual = tenure.holder.party!;
    const turn = nextTurn(model, order, tenure.start, state);
    if (turn && turn.holder === actual) {
      state = turn.state;
      steps.push({ tenure, expected: turn.holder, nominal: turn.nominal, explainedBy: turn.explainedBy, departs: false });
    } else {
      steps.push({ tenure, expected: turn?.holder ?? null, nominal: turn?.nominal ?? null, explainedBy: [], departs: turn !== undefined });
      state = resyncRotation(order, state, actual);
    }
  }
  return { steps, state };
}

/** Whether an exception names `party`. */
function names(d: RotationException, party: string): boolean {
  return d.type === 'swap' ? d.parties.includes(party) : d.party === party || (d.type === 'replace' && d.with === party);
}
