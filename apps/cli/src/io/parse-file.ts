import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationRecord, PlainDate } from '@turnus/core';
import type { Diagnostic } from '@turnus/core/validate';
import { CliError } from '../errors';
import { MAX_NESTING, tooDeep, withoutLoneCr } from './hostile';
import { isFolder, MAX_READ_BYTES, readTextFile } from './read-text';

/** The most characters a record has (the core's MAX_RECORD_SIZE, kept here so queries need not load the YAML entry). */
const MAX_RECORD_CHARACTERS = 20 * 1024 * 1024;

/** The names a record file has inside a record folder, in the order they are looked for. */
export const RECORD_FILE_NAMES = ['record.yaml', 'record.yml', 'record.json'] as const;

/** A record file read and checked: the typed record when it fits the schema, and every diagnostic. */
export interface ParsedFile {
  readonly file: string;
  readonly text: string | undefined;
  readonly record: OrganizationRecord | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** The record file a path names: the path itself, or the record file inside a folder. */
export function recordFileIn(path: string): string {
  if (!isFolder(path)) return path;
  const found = RECORD_FILE_NAMES.map((name) => join(path, name)).find((file) => existsSync(file));
  if (!found) {
    throw new CliError('E_FILE_NOT_FOUND', `no record file in the folder ${path}`, { hint: `A record folder holds ${RECORD_FILE_NAMES.join(', ')} or one of them; turnus init <org-id> creates one.` });
  }
  return found;
}

/**
 * Reads and checks a record file (or standard input for `-`). The YAML and schema code is
 * loaded here, on demand, so that commands reading the embedded records never load it.
 */
export async function parseRecordFile(path: string, options: { today?: PlainDate | undefined; check?: boolean } = {}): Promise<ParsedFile> {
  const read = await readTextFile(recordFileIn(path));
  const [{ parseYamlRecord }, { DIAGNOSTIC_CODES }] = await Promise.all([import('@turnus/core/yaml'), import('@turnus/core/validate')]);
  const file = read.name;
  const fail = (code: 'FILE_TOO_LARGE' | 'NOT_TEXT' | 'YAML_SYNTAX', message: string, line = 1, column = 1): ParsedFile => ({
    file,
    text: read.text,
    record: undefined,
    diagnostics: [{ severity: 'error', code, message, path: [], hint: DIAGNOSTIC_CODES[code].hint, file, line, column }],
  });
  if (read.tooLarge) return fail('FILE_TOO_LARGE', `more than ${MAX_READ_BYTES} bytes (reading stopped there); a record has at most ${MAX_RECORD_CHARACTERS} characters`);
  if (read.invalidUtf8) {
    const { byte, line, column, offset } = read.invalidUtf8;
    return fail('NOT_TEXT', `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} (offset ${offset}) is not UTF-8`, line, column);
  }
  const text = read.text ?? '';
  const deep = tooDeep(text);
  if (deep) return fail('YAML_SYNTAX', `the text nests deeper than ${MAX_NESTING} levels`, deep.line, deep.column);
  let result;
  try {
    // Old Mac files end lines with a CR alone: read as line breaks, at the same positions.
    result = parseYamlRecord(withoutLoneCr(text), { file, check: options.check ?? true, ...(options.today ? { today: options.today } : {}) });
  } catch (error) {
    if (error instanceof RangeError) return fail('YAML_SYNTAX', `the text nests too deeply to read (${MAX_NESTING} levels at most)`);
    throw error;
  }
  return { file, text, record: result.record, diagnostics: result.diagnostics };
}
