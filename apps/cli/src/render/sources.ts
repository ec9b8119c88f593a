import type { OrganizationRecord } from '@turnus/core';
import { columns } from './text';

/** The sources a fact rests on, one per line: id, publisher and address. */
export function sourceLines(record: OrganizationRecord, ids: readonly string[]): string[] {
  const rows = ids.map((id) => {
    const source = record.sources.find((s) => s.id === id);
    return source ? [id, source.publisher, source.url] : [id, '(not in the record)'];
  });
  return columns(rows);
}
