import { isPlainDate } from '../calendar/plain-date';
import { ErrorCode, InvalidDateError, TurnusError } from '../errors';
import type { OrganizationRecord } from '../schema/record';

// Checks at the door of the public functions, so that a wrong argument is a coded error that says
// what was given, not a TypeError from deep inside. Cheap on the hot path: a record is checked when
// it is compiled, not at every query (a record in the compile cache passed it), and options only
// when given. Kept small: the query entry's size is a budget.

/** What a value is, in a few words, for an error message. */
export function describeValue(value: unknown): string {
  return typeof value === 'string'
    ? `a string ${JSON.stringify(value.length > 30 ? value.slice(0, 30) + '…' : value)}`
    : Array.isArray(value)
      ? 'an array'
      : value === null || typeof value !== 'object'
        ? `${typeof value === 'function' ? 'a function' : String(value)}`
        : 'an object';
}

/** The fields a compile reads: a shape, not a validation (that is `validate`'s). */
const FIELDS = 'formatVersion organization sources parties people offices decisions summits'.split(' ');

/**
 * Throws `E_INVALID_RECORD` unless `record` has the shape of a record: an object with a
 * `formatVersion`, an `organization` object and its lists.
 */
export function assertRecord(record: unknown): asserts record is OrganizationRecord {
  const r = record as Record<string, unknown>;
  const object = typeof r === 'object' && r !== null && !Array.isArray(r);
  const missing = object ? FIELDS.filter((k, i) => (i === 0 ? r[k] === undefined : i === 1 ? typeof r[k] !== 'object' || r[k] === null : !Array.isArray(r[k]))) : [];
  if (object && !missing.length) return;
  throw new TurnusError(
    ErrorCode.INVALID_RECORD,
    `Expected a record, got ${object ? `an object without ${missing.join(', ')}` : describeValue(record)}`,
    'Pass a parsed record: parseYamlRecord(text).record from @turnus/core/yaml, or a record from @turnus/data',
  );
}

/**
 * What an option must be: a `YYYY-MM-DD` date, a whole number ≥ 0 (`count`), a list (`array`), a
 * list of strings (`string[]`), or a value of that `typeof`.
 */
export type OptionKind = 'date' | 'count' | 'array' | 'string[]' | 'boolean' | 'function' | 'string';

/**
 * Throws unless `options` is an object whose every property is one of `known`, of its kind (an
 * option set to `undefined` counts as not given): a date that is not a real calendar date is an
 * `E_INVALID_DATE` (as a date argument is), anything else an `E_INVALID_OPTION`.
 */
export function checkOptions(fn: string, options: unknown, known: Readonly<Record<string, OptionKind>>): void {
  const fail = (message: string, hint?: string) => new TurnusError(ErrorCode.INVALID_OPTION, `${fn}: ${message}`, hint);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw fail(`options must be an object, got ${describeValue(options)}`);
  for (const key in options) {
    const value = (options as Record<string, unknown>)[key];
    const kind = Object.prototype.hasOwnProperty.call(known, key) ? known[key] : undefined;
    if (!kind) throw fail(`unknown option "${key}"`, `Known options: ${Object.keys(known).join(', ')}`);
    if (value === undefined) continue;
    if (kind === 'date') checkDate(value, `${fn}: option ${key}`);
    else if (
      kind === 'count' ? !(Number.isInteger(value) && (value as number) >= 0)
      : kind === 'array' ? !Array.isArray(value)
      : kind === 'string[]' ? !(Array.isArray(value) && value.every((v) => typeof v === 'string'))
      : typeof value !== kind
    ) throw fail(`option ${key} must be ${kind === 'count' ? 'a whole number ≥ 0' : kind}, got ${describeValue(value)}`);
  }
}

/** Throws `E_INVALID_DATE` unless `value` is a real `YYYY-MM-DD` calendar date; `name` says which argument. */
export function checkDate(value: unknown, name: string): void {
  if (typeof value !== 'string' || !isPlainDate(value)) throw new InvalidDateError(typeof value === 'string' ? value : describeValue(value), name);
}
