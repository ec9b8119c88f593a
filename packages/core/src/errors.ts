import { FIRST_DAY, isOutsideCalendar, LAST_DAY } from './calendar/range';

/** Stable codes of the errors the core throws. Validation problems are diagnostics, not errors. */
export const ErrorCode = {
  UNKNOWN_OFFICE: 'E_UNKNOWN_OFFICE',
  UNKNOWN_PARTY: 'E_UNKNOWN_PARTY',
  UNKNOWN_PERSON: 'E_UNKNOWN_PERSON',
  INVALID_DATE: 'E_INVALID_DATE',
  DATE_OUT_OF_RANGE: 'E_DATE_OUT_OF_RANGE',
  INVALID_RECORD: 'E_INVALID_RECORD',
  INVALID_OPTION: 'E_INVALID_OPTION',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The base of every error `@turnus/core` throws; `code` is stable and documented. */
export class TurnusError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'TurnusError';
    this.code = code;
    this.hint = hint;
  }
}

/** A query named an office, party or person the record does not have. */
export class UnknownReferenceError extends TurnusError {
  readonly kind: 'office' | 'party' | 'person';
  readonly id: string;
  constructor(kind: 'office' | 'party' | 'person', id: string, known: readonly string[] = []) {
    const code = kind === 'office' ? ErrorCode.UNKNOWN_OFFICE : kind === 'party' ? ErrorCode.UNKNOWN_PARTY : ErrorCode.UNKNOWN_PERSON;
    super(code, `Unknown ${kind} "${id}"`, known.length ? `Known ${kind}s: ${known.join(', ')}` : undefined);
    this.name = 'UnknownReferenceError';
    this.kind = kind;
    this.id = id;
  }
}

/**
 * A date argument was not a real `YYYY-MM-DD` calendar date; `name` says which argument or option.
 * A date written as one but outside the supported calendar (`10000-01-01`, `0000-06-01`) has its
 * own code, `E_DATE_OUT_OF_RANGE`: every check of a date argument gives it, with no check of its own.
 */
export class InvalidDateError extends TurnusError {
  constructor(value: string, name?: string) {
    const outside = isOutsideCalendar(value);
    super(
      outside ? ErrorCode.DATE_OUT_OF_RANGE : ErrorCode.INVALID_DATE,
      `${name ? `${name}: ` : ''}${outside ? `Outside the supported calendar (${FIRST_DAY} to ${LAST_DAY})` : 'Not a real calendar date'}: "${value}"`,
      outside ? `Ask about a day from ${FIRST_DAY} to ${LAST_DAY}: dates have four-digit years` : 'Write dates as YYYY-MM-DD, e.g. 2022-11-11',
    );
    this.name = 'InvalidDateError';
  }
}
