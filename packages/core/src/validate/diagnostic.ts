import type { DiagnosticCode } from './codes';

/** How bad a diagnostic is: errors make a record unusable; warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding about a record: data, never an exception. */
export interface Diagnostic {
  readonly severity: Severity;
  /** A stable code from the catalogue ({@link DIAGNOSTIC_CODES}). */
  readonly code: DiagnosticCode;
  readonly message: string;
  /** Where in the record: `['decisions', 12, 'date']`. */
  readonly path: readonly (string | number)[];
  /** What to do about it. */
  readonly hint?: string;
  /** Set by the YAML entry when the record came from a file. */
  readonly file?: string;
  /** 1-based line and column in the file, where known. */
  readonly line?: number;
  readonly column?: number;
}
