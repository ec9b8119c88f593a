import type { PlainDate } from '../calendar/plain-date';
import type { OrganizationRecord } from '../schema/record';

/**
 * The knowledge horizon that applies to `office`: the day through which the record has every
 * event of that office its sources report (the office's own `horizon`, else the record's), or
 * `undefined` when the record states none. Before it, an event the record does not have did not
 * happen; after it, answers that depend on unrecorded events stay expected or uncertain.
 * @example horizonOf(ots, 'chair') // '2026-03-10'
 */
export function horizonOf(record: OrganizationRecord, office: string): PlainDate | undefined {
  // A plain loop: continuations ask this once per office, records have a handful of offices.
  for (const o of record.offices) if (o.id === office) return o.horizon ?? record.horizon;
  return record.horizon;
}
