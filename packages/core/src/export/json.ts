import type { OrganizationRecord } from '../schema/record';

/** The record as formatted JSON (without the editor's `$schema` pointer). */
export function exportJson(record: OrganizationRecord): string {
  const { $schema: _schema, ...data } = record;
  return JSON.stringify(data, null, 2) + '\n';
}
