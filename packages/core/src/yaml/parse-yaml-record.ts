import type { OrganizationRecord } from '../schema/record';
import { checkRecord, type ValidateOptions } from '../validate/check-record';
import { DIAGNOSTIC_CODES } from '../validate/codes';
import type { Diagnostic } from '../validate/diagnostic';
import { parseRecord } from '../validate/parse';
import { holdsOnlyComments, MAX_NESTING, tooDeep, withoutLoneCr } from './hostile-text';
import { readWithLibrary, type LibraryRead } from './read-with-library';
import { readYamlSubset } from './read-subset';
import { decodeUtf8, positionOf } from './utf8';
import { checkOptions } from '../model/_arguments';

/** The largest record file accepted, in characters. */
export const MAX_RECORD_SIZE = 20 * 1024 * 1024;

/** The largest record file accepted, in bytes of UTF-8 (a character takes at most 4). */
export const MAX_RECORD_BYTES = 4 * MAX_RECORD_SIZE;

/** A record read from YAML (or JSON) text. */
export interface YamlRecordResult {
  /** The typed record, when the text holds a valid one (errors may still be among the diagnostics' semantic checks). */
  readonly record: OrganizationRecord | undefined;
  /** Every diagnostic, with the file name and the 1-based line and column of the value it concerns. */
  readonly diagnostics: readonly Diagnostic[];
  /** The text read (decoded, for bytes; as given, for a string), or `undefined` when it was not text or too large. */
  readonly text: string | undefined;
  /** The position of a path in the text (the nearest enclosing node when the path does not exist). */
  locate(path: readonly (string | number)[], key?: boolean): { line: number; column: number } | undefined;
}

/** Options for {@link parseYamlRecord}. */
export interface YamlRecordOptions extends ValidateOptions {
  /** The file name to put on diagnostics. */
  readonly file?: string;
  /** Run the semantic checks too (default true); false stops after the schema. */
  readonly check?: boolean;
}

/**
 * Parses a record (YAML 1.2, so JSON too), checks it against the schema and, by default, runs
 * the semantic checks; every diagnostic carries `file`, `line` and `column`.
 *
 * Give the file's **bytes** (a `Uint8Array`) where you have them: a byte that is not UTF-8 is
 * then reported as NOT_TEXT at that byte's line and column. A **string** has already been
 * decoded by the caller, who may have replaced bad bytes by U+FFFD (TextDecoder does unless
 * `fatal`): a U+FFFD in the text is reported as NOT_TEXT at its own line and column.
 *
 * Never throws on bad input: a syntax error, an empty file, a binary file, a huge one, or one
 * nested deeper than {@link MAX_NESTING} levels (YAML_TOO_DEEP, where it gets too deep) each
 * give one diagnostic with a stable code. Lines may end with LF, CR LF or a CR alone (old Mac
 * files), at the same positions. The record it gives is frozen (records are immutable values).
 * @throws {InvalidDateError} when the `today` option is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know.
 * @example
 * const { record, diagnostics } = parseYamlRecord(readFileSync('record.yaml'), { file: 'record.yaml' });
 */
export function parseYamlRecord(input: string | Uint8Array, options: YamlRecordOptions = {}): YamlRecordResult {
  return parseYamlRecordWith(readYaml, input, options);
}

/** A text read as YAML: the value and where each node starts, or why it could not be read. */
export type YamlRead = LibraryRead;

/**
 * Reads YAML text (without lone CRs) with the subset reader when the text stays within the
 * subset that records are written in (read-subset.ts), else with the `yaml` library: the same
 * value and positions either way, the subset several times faster.
 */
export function readYaml(source: string): YamlRead {
  const subset = readYamlSubset(source);
  return subset ? { ok: true, value: subset.value, offsetOf: subset.offsetOf, positionOf: subset.positionOf } : readWithLibrary(source);
}

/** {@link parseYamlRecord} with the YAML reader given (the tests compare the subset reader with the library's). */
export function parseYamlRecordWith(read: (source: string) => YamlRead, input: string | Uint8Array, options: YamlRecordOptions = {}): YamlRecordResult {
  checkOptions('parseYamlRecord', options, { file: 'string', check: 'boolean', today: 'date' });
  const file = options.file;
  const at = (d: Diagnostic, pos: { line: number; column: number } | undefined): Diagnostic => ({
    ...d,
    ...(file !== undefined ? { file } : {}),
    ...(pos ? { line: pos.line, column: pos.column } : {}),
  });
  let text: string | undefined;
  const fail = (code: keyof typeof DIAGNOSTIC_CODES, message: string, pos?: { line: number; column: number }): YamlRecordResult => ({
    record: undefined,
    diagnostics: [at({ severity: 'error', code, message, path: [], hint: DIAGNOSTIC_CODES[code].hint }, pos ?? { line: 1, column: 1 })],
    text,
    locate: () => undefined,
  });
  if (typeof input === 'string') {
    if (input.length > MAX_RECORD_SIZE) return fail('FILE_TOO_LARGE', `the file has ${input.length} characters; a record has at most ${MAX_RECORD_SIZE}`);
    text = input;
  } else {
    if (input.length > MAX_RECORD_BYTES) return fail('FILE_TOO_LARGE', `the file has ${input.length} bytes; a record has at most ${MAX_RECORD_BYTES}`);
    const decoded = decodeUtf8(input);
    if (decoded.invalid) {
      const { byte, offset, line, column } = decoded.invalid;
      return fail('NOT_TEXT', `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} (offset ${offset}) is not UTF-8`, { line, column });
    }
    text = decoded.text;
    if (text.length > MAX_RECORD_SIZE) return fail('FILE_TOO_LARGE', `the file has ${text.length} characters; a record has at most ${MAX_RECORD_SIZE}`);
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return fail('NOT_TEXT', 'the file holds binary data (a NUL character), not UTF-8 text', positionOf(text, nul));
  const replaced = text.indexOf('\uFFFD');
  if (replaced !== -1) return fail('NOT_TEXT', 'the text holds U+FFFD, the mark a decoder leaves for bytes that are not UTF-8 (pass the file\'s bytes to see which byte)', positionOf(text, replaced));
  // Old Mac files end lines with a CR alone: read as line breaks, at the same positions.
  const source = withoutLoneCr(text);
  if (holdsOnlyComments(source)) return fail('EMPTY_RECORD', 'the file holds no record');
  const deep = tooDeep(source);
  if (deep) return fail('YAML_TOO_DEEP', `the text nests ${deep.depth} levels deep here; a record nests at most ${MAX_NESTING}`, { line: deep.line, column: deep.column });
  const yaml = read(source);
  if (!yaml.ok) {
    // What the nesting pre-check cannot see must still not crash the caller with a stack overflow.
    if (yaml.code === 'YAML_TOO_DEEP') return fail('YAML_TOO_DEEP', `the text nests too deeply to read (${MAX_NESTING} levels at most)`);
    return fail('YAML_SYNTAX', yaml.message, yaml.position);
  }
  const locate = (path: readonly (string | number)[], key = false) => {
    const offset = yaml.offsetOf(path, key);
    return offset === undefined ? undefined : yaml.positionOf(offset);
  };
  const parsed = parseRecord(yaml.value);
  // parseRecord tells a caller who passed text to parse it first; here the text was parsed, and
  // holds a single scalar: the plain hint of the code fits.
  let diagnostics: Diagnostic[] = parsed.diagnostics.map((d) => (d.code === 'WRONG_TYPE' && d.path.length === 0 ? { ...d, hint: DIAGNOSTIC_CODES.WRONG_TYPE.hint } : d));
  if (parsed.record && options.check !== false) diagnostics = checkRecord(parsed.record, options.today !== undefined ? { today: options.today } : {});
  // An unknown field is shown at its key: the name is what is wrong.
  return { record: parsed.record, diagnostics: diagnostics.map((d) => at(d, locate(d.path, d.code === 'UNKNOWN_FIELD'))), text, locate };
}
