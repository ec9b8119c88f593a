import type { Diagnostic } from './diagnostic';
import { checkRecord, type ValidateOptions } from './check-record';
import { parseRecordInPlace } from './parse';

/**
 * Validates a record: its shape against the schema (real dates, known fields, right types), then
 * its meaning (references, sources, overlapping or gapped periods, eligibility, terms against
 * their rules, summit numbering, departures from the rules). Returns every finding as a
 * {@link Diagnostic} with a stable code; never throws on bad input.
 * @example
 * const errors = validate(JSON.parse(text), { today: '2026-11-28' }).filter((d) => d.severity === 'error');
 */
export function validate(input: unknown, options: ValidateOptions = {}): Diagnostic[] {
  // The record is only read here: lists that already are what the schema gives back are not copied.
  const parsed = parseRecordInPlace(input);
  if (!parsed.record) return [...parsed.diagnostics];
  return checkRecord(parsed.record, options);
}
