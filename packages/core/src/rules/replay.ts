import type { PlainDate } from '../calendar/plain-date';
import type { Model } from '../model/compile';
import type { Tenure } from '../model/types';
import type { RotationOrder } from '../schema/rule';
import { isRotationException, nextTurn, resyncRotation, startRotation, type RotationState } from './exceptions';

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

/**
 * Replays recorded tenures through a rotation order: for each one, the party the order (with the
 * recorded skips, defers, swaps and replacements) expected, and whether the record departs from
 * it. After a departure the rotation goes on from the party that actually held the office.
 * Tenures without a party (unknown nationality) are passed over.
 */
export function replayRotation(model: Model, office: string, order: RotationOrder, tenures: readonly Tenure[], until?: PlainDate): { steps: ReplayStep[]; state: RotationState } {
  const exceptions = model.record.decisions.filter((d) => isRotationException(d, office)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let state: RotationState | undefined;
  const steps: ReplayStep[] = [];
  for (const tenure of tenures) {
    const actual = tenure.holder.party;
    if (actual === null || (until !== undefined && tenure.start >= until)) continue;
    if (!state) {
      state = startRotation(order, actual, exceptions);
      steps.push({ tenure, expected: null, nominal: null, explainedBy: [], departs: false });
      continue;
    }
    const turn = nextTurn(model, order, tenure.start, state);
    if (turn && turn.holder === actual) {
      state = turn.state;
      steps.push({ tenure, expected: turn.holder, nominal: turn.nominal, explainedBy: turn.explainedBy, departs: false });
    } else {
      steps.push({ tenure, expected: turn?.holder ?? null, nominal: turn?.nominal ?? null, explainedBy: [], departs: turn !== undefined });
      state = resyncRotation(order, state, actual);
    }
  }
  return { steps, state: state ?? startRotation(order, null, exceptions) };
}
