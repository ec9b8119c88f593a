import type { Diagnostic } from './diagnostic';
import { checkRecord, type ValidateOptions } from './check-record';
import { parseRecordInPlace } from './parse';
import { checkOptions } from '../model/_arguments';
import { compileOwnCopy } from '../model/compile';

const VALIDATE_OPTIONS = { today: 'date' } as const;

/**
 * Validates a record: its shape against the schema (real dates, known fields, right types), then
 * its meaning (references, sources, overlapping or gapped periods, eligibility, terms against
 * their rules, summit numbering, departures from the rules). Returns every finding as a
 * {@link Diagnostic} with a stable code; never throws on bad input (`null`, a string, `{}`: each
 * is a diagnostic). The input is only read: it is neither copied where it need not be nor frozen.
 * @throws {InvalidDateError} when the `today` option is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know.
 * @example
 * const errors = validate(JSON.parse(text), { today: '2026-11-28' }).filter((d) => d.severity === 'error');
 */
export function validate(input: unknown, options: ValidateOptions = {}): Diagnostic[] {
  checkOptions('validate', options, VALIDATE_OPTIONS);
  // The record is only read here: lists that already are what the schema gives back are not copied.
  const parsed = parseRecordInPlace(input);
  if (!parsed.record) return [...parsed.diagnostics];
  // The parsed record is this function's own object, holding the caller's lists: compiled
  // without freezing them (no caller holds it, so none can change it after its compile).
  compileOwnCopy(parsed.record);
  return checkRecord(parsed.record, options);
}
