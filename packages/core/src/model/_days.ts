import { earliestDay, type PlainDate } from '../calendar/plain-date';
import type { Decision } from '../schema/decision';

/** The day a decision takes effect: its `effective` day, else the first day its date can mean. */
export function effectiveDay(decision: Decision): PlainDate {
  // A property read, not an `in` test: decisions come in a dozen shapes, and this runs for each of them often.
  return (decision as { effective?: PlainDate }).effective || earliestDay(decision.date);
}

/** Decisions by the day they take effect (a stable sort keeps same-day ones in their order). */
export function byDay(a: Decision, b: Decision): number {
  const da = effectiveDay(a);
  const db = effectiveDay(b);
  return da < db ? -1 : da > db ? 1 : 0;
}
