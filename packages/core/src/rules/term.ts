import { addDurationWithin } from '../calendar/duration';
import { earliestDay, isPlainDate, type PlainDate } from '../calendar/plain-date';
import type { AppointDecision, ExtendDecision } from '../schema/decision';
import type { TermRule } from '../schema/rule';

/**
 * The day a term starts by its rule: the appointment decision's day, the day of taking office,
 * or the next fixed day of the year (`01-01`) on or after taking office.
 */
export function termStart(rule: TermRule, appointedOn: PlainDate, tookOfficeOn: PlainDate): PlainDate {
  if (rule.start === 'appointment') return appointedOn;
  if (rule.start === 'taking-office' || !rule.fixedDate) return tookOfficeOn;
  const candidate = `${tookOfficeOn.slice(0, 4)}-${rule.fixedDate}`;
  const fixed = nextExisting(candidate);
  return fixed >= tookOfficeOn ? fixed : nextExisting(`${String(Number(tookOfficeOn.slice(0, 4)) + 1).padStart(4, '0')}-${rule.fixedDate}`);
}

/** A fixed day of the year that does not exist that year (29 February) becomes 28 February. */
function nextExisting(date: PlainDate): PlainDate {
  return isPlainDate(date) ? date : `${date.slice(0, 8)}28`;
}

/**
 * The day a term ends by rule (exclusive: the successor's first day), extensions included.
 * Years and months are added as calendar units: a term of `P3Y` that starts on 29 February
 * ends on 28 February three years later. Each extension adds its `for` to the end as it stood,
 * or moves the end to its `until` day. `undefined` when the end would fall after 9999-12-31, the
 * last day of the supported calendar: the term runs past it (not "until 9999-12-31").
 * @example
 * termEnd({ kind: 'term', length: 'P3Y', start: 'appointment', ... }, '2022-11-11') // '2025-11-11'
 */
export function termEnd(
  rule: TermRule,
  appointedOn: PlainDate,
  options: { tookOfficeOn?: PlainDate; length?: string; extensions?: readonly Pick<ExtendDecision, 'for' | 'until'>[] } = {},
): PlainDate | undefined {
  const start = termStart(rule, appointedOn, options.tookOfficeOn ?? appointedOn);
  let end = addDurationWithin(start, options.length ?? rule.length);
  for (const extension of options.extensions ?? []) {
    if (extension.until) end = extension.until;
    else if (extension.for && end !== undefined) end = addDurationWithin(end, extension.for);
  }
  return end;
}

/** {@link termEnd} for an appointment decision and the extensions recorded for it. */
export function termEndFor(rule: TermRule, appointment: AppointDecision, extensions: readonly ExtendDecision[]): PlainDate | undefined {
  const appointedOn = earliestDay(appointment.date);
  return termEnd(rule, appointedOn, {
    tookOfficeOn: appointment.effective ?? appointedOn,
    ...(appointment.term ? { length: appointment.term } : {}),
    extensions,
  });
}
