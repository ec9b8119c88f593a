import type { OrganizationRecord } from '../schema/record';
import { assertRecord, checkOptions } from '../model/_arguments';

/**
 * The record as JSON (without the editor's `$schema` pointer): indented, or compact for machines.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know or of the wrong kind.
 */
export function exportJson(record: OrganizationRecord, options: { compact?: boolean } = {}): string {
  assertRecord(record);
  checkOptions('exportJson', options, { compact: 'boolean' });
  const { $schema: _schema, ...data } = record;
  return (options.compact ? JSON.stringify(data) : JSON.stringify(data, null, 2)) + '\n';
}
