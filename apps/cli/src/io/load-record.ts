import { readFileSync, statSync } from 'node:fs';
import type { OrganizationRecord } from '@turnus/core';
import { records } from '@turnus/data';
import { CliError } from '../errors';

/** Where the record comes from: an embedded organization, or a file given by --data / TURNUS_DATA. */
export interface RecordSource {
  readonly org?: string | undefined;
  readonly data?: string | undefined;
}

/**
 * Loads the record a command works on. Embedded records are already validated JSON; a file is
 * parsed and checked (the YAML and schema code is loaded only then), and any error is reported
 * with its file, line and column.
 */
export async function loadRecord(source: RecordSource, env: NodeJS.ProcessEnv = process.env): Promise<OrganizationRecord> {
  const path = source.data ?? env.TURNUS_DATA;
  if (path === undefined || path === '') {
    const org = source.org ?? 'ots';
    const record = records[org];
    if (!record) throw new CliError('E_UNKNOWN_ORG', `no embedded record for organization "${org}"`, { hint: `Embedded organizations: ${Object.keys(records).join(', ')}` });
    return record;
  }
  let text: string;
  const file = path === '-' ? '<stdin>' : path;
  try {
    if (path !== '-' && statSync(path).isDirectory()) return loadRecord({ data: `${path.replace(/\/$/, '')}/record.yaml` }, env);
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError('E_FILE_NOT_FOUND', `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}`, { hint: 'Pass a YAML record file or folder with --data, or - for standard input.' });
  }
  const { parseYamlRecord } = await import('@turnus/core/yaml');
  const { record, diagnostics } = parseYamlRecord(text, { file, check: true });
  const first = diagnostics.find((d) => d.severity === 'error');
  if (!record || first) {
    const d = first ?? diagnostics[0]!;
    const more = diagnostics.filter((x) => x.severity === 'error').length - 1;
    throw new CliError('E_DATA_INVALID', `${d.code} ${d.message}${more > 0 ? ` (and ${more} more error${more > 1 ? 's' : ''})` : ''}`, { where: `${d.file ?? file}:${d.line ?? 1}:${d.column ?? 1}`, ...(d.hint ? { hint: d.hint } : {}) });
  }
  return record;
}
