import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationRecord, PlainDate } from '@turnus/core';
import type { Diagnostic } from '@turnus/core/validate';
import { CliError } from '../errors';
import { isFolder, MAX_READ_BYTES, readTextFile } from './read-text';

/** The most characters a record has (the core's MAX_RECORD_SIZE, kept here so queries need not load the YAML entry). */
const MAX_RECORD_SIZE = 20 * 1024 * 1024;

import { RECORD_FILE_NAMES } from './record-file-names';

export { RECORD_FILE_NAMES };

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
  if (read.tooLarge || !read.data) {
    const message = `more than ${MAX_READ_BYTES} bytes (reading stopped there); a record has at most ${MAX_RECORD_SIZE} characters`;
    return { file, text: undefined, record: undefined, diagnostics: [{ severity: 'error', code: 'FILE_TOO_LARGE', message, path: [], hint: DIAGNOSTIC_CODES.FILE_TOO_LARGE.hint, file, line: 1, column: 1 }] };
  }
  // The library reads the bytes: it places a byte that is not UTF-8, refuses deep nesting at
  // its line and reads old Mac line endings (see parseYamlRecord).
  const result = parseYamlRecord(read.data, { file, check: options.check ?? true, ...(options.today ? { today: options.today } : {}) });
  return { file, text: result.text, record: result.record, diagnostics: result.diagnostics };
}
