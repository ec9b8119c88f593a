import type { OrganizationRecord } from '@turnus/core';
import { CliError } from '../errors';
import { formatWhere } from '../render/diagnostic';
import { embeddedRecord } from './embedded';

export { embeddedRecord };

/** Where the record comes from: an embedded organization, or a file given by --data / TURNUS_DATA. */
export interface RecordSource {
  readonly org?: string | undefined;
  readonly data?: string | undefined;
}

/** The file the record comes from (--data, else TURNUS_DATA), or undefined for an embedded record. */
export function dataPath(source: RecordSource, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = source.data ?? env.TURNUS_DATA;
  return path === undefined || path === '' ? undefined : path;
}

/**
 * Loads the record a command works on. Embedded records are already validated JSON; a file is
 * parsed and checked (the YAML and schema code is loaded only then), and the first error is
 * reported with its file, line and column.
 */
export async function loadRecord(source: RecordSource, env: NodeJS.ProcessEnv = process.env): Promise<OrganizationRecord> {
  const path = dataPath(source, env);
  if (path === undefined) return embeddedRecord(source.org);
  const { parseRecordFile } = await import('../heavy');
  const { file, record, diagnostics } = await parseRecordFile(path);
  // The first error in the file, as a person reading from the top would meet it.
  const errors = diagnostics.filter((d) => d.severity === 'error').sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (!record || errors.length > 0) {
    const d = errors[0] ?? diagnostics[0];
    if (!d) throw new CliError('E_DATA_INVALID', 'the file holds no record', { where: `${file}:1:1` });
    const more = errors.length - 1;
    throw new CliError('E_DATA_INVALID', `${d.code} ${d.message}${more > 0 ? ` (and ${more} more error${more > 1 ? 's' : ''}; turnus check ${path === '-' ? '-' : file} lists them)` : ''}`, {
      where: formatWhere(d, file),
      ...(d.hint ? { hint: d.hint } : {}),
    });
  }
  return record;
}
