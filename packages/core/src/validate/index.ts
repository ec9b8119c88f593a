export { validate } from './validate';
export { parseRecord, type ParseResult } from './parse';
export { checkRecord, type ValidateOptions } from './check-record';
export { DIAGNOSTIC_CODES, type DiagnosticCode, type CodeInfo } from './codes';
export type { Diagnostic, Severity } from './diagnostic';
