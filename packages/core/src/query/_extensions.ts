// Extensions of a continued period: which recorded `extend` decisions apply to it and where they
// move its end. Private to the continuation (_continuation.ts).
import { addDurationWithin } from '../calendar/duration';
import type { PlainDate } from '../calendar/plain-date';
import { effectiveDay } from '../model/compile';
import type { ExtendDecision } from '../schema/decision';

const NO_EXTENSIONS: ExtendDecision[] = [];

/**
 * The extensions of a period `[start, end)` of `party`, taken from `pending` (in date order): one
 * that names no party and is dated within the period as each extension before it leaves it, and
 * one that names `party` and is dated before the period's end — the period under way on its date,
 * or the party's next one (a turn extended a few days before it begins).
 */
export function extensionsFor(pending: ExtendDecision[], party: string | null, start: PlainDate, end: PlainDate | null): ExtendDecision[] {
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
export function extendedEnd(end: PlainDate, extensions: readonly ExtendDecision[]): PlainDate | undefined {
  let out: PlainDate | undefined = end;
  for (const e of extensions) {
    out = e.until ?? (e.for ? addDurationWithin(out, e.for) : out);
    if (out === undefined) return undefined;
  }
  return out;
}
