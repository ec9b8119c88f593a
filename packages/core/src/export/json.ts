import type { OrganizationRecord } from '../schema/record';

/** The record as JSON (without the editor's `$schema` pointer): indented, or compact for machines. */
export function exportJson(record: OrganizationRecord, options: { compact?: boolean } = {}): string {
  const { $schema: _schema, ...data } = record;
  return (options.compact ? JSON.stringify(data) : JSON.stringify(data, null, 2)) + '\n';
}
