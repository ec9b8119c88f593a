/** Stable codes of the CLI's own errors, and the exit code each one gives. */
export const CliErrorCode = {
  E_USAGE: 2,
  E_UNKNOWN_ORG: 2,
  E_INVALID_DATE: 2,
  E_UNKNOWN_OFFICE: 2,
  E_FILE_NOT_FOUND: 1,
  E_DATA_INVALID: 1,
} as const;
export type CliErrorCode = keyof typeof CliErrorCode;

/** An error the CLI reports as one line: `turnus: CODE message` plus a hint; never a stack. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly hint: string | undefined;
  /** `file:line:col` when a file is involved. */
  readonly where: string | undefined;
  constructor(code: CliErrorCode, message: string, options: { hint?: string; where?: string } = {}) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.hint = options.hint;
    this.where = options.where;
  }
  get exitCode(): number {
    return CliErrorCode[this.code];
  }
}
