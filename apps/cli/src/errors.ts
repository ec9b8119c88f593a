/**
 * Stable codes of the CLI's own errors, and the exit code each one gives: 2 for a usage error
 * (the command line is wrong), 1 for a data or validation error (the record or a file is wrong).
 * Codes are added, never renamed: scripts match on them.
 */
export const CliErrorCode = {
  /** The command line is malformed: an unknown command or option, a missing argument. */
  E_USAGE: 2,
  /** An option's value is outside what it accepts (a count that is not a number, an unknown kind). */
  E_INVALID_OPTION: 2,
  E_UNKNOWN_ORG: 2,
  E_INVALID_DATE: 2,
  /** A date written as one but outside the supported calendar, 0001-01-01 to 9999-12-31. */
  E_DATE_OUT_OF_RANGE: 2,
  E_UNKNOWN_OFFICE: 2,
  E_UNKNOWN_SUMMIT: 2,
  E_UNKNOWN_PARTY: 2,
  E_UNKNOWN_PERSON: 2,
  /** A file or folder given on the command line cannot be read. */
  E_FILE_NOT_FOUND: 1,
  /** The record read does not validate. */
  E_DATA_INVALID: 1,
  /** `check` found errors in the record. */
  E_CHECK_FAILED: 1,
  /** `record`: the decision would make the record invalid; the file is left untouched. */
  E_RECORD_REFUSED: 1,
  /** `record`: another writer holds the record's lock for too long. */
  E_LOCKED: 1,
  /** `record`: the new file could not be written; the old one is left in place. */
  E_WRITE_FAILED: 1,
  /** `init`: the record would overwrite an existing file. */
  E_FILE_EXISTS: 1,
  /** `record`: the record file is read-only (its owner has taken away the write permission). */
  E_READ_ONLY: 1,
  /** A file or folder cannot be read or written for lack of permission. */
  E_PERMISSION: 1,
} as const;
export type CliErrorCode = keyof typeof CliErrorCode;

/** An error the CLI reports as one line: `turnus: CODE message` plus a hint; never a stack. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly hint: string | undefined;
  /** `file:line:col` when a file is involved. */
  readonly where: string | undefined;
  /** Lines printed on stderr after the error line (the diagnostics of a refused record). */
  readonly details: readonly string[];
  constructor(code: CliErrorCode, message: string, options: { hint?: string | undefined; where?: string | undefined; details?: readonly string[] } = {}) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.hint = options.hint;
    this.where = options.where;
    this.details = options.details ?? [];
  }
  get exitCode(): number {
    return CliErrorCode[this.code];
  }
}
