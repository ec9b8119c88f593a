import type { PlainDate } from '../calendar/plain-date';
import { spansOverlap } from '../calendar/period';
import { compile } from '../model/compile';
import type { Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { UnknownReferenceError } from '../errors';

/** A span of days to filter by: `[from, to)`; either end may be left open. */
export interface DateRange {
  readonly from?: PlainDate;
  readonly to?: PlainDate;
}

/**
 * Every recorded tenure of an office in order, optionally only those that overlap `range`.
 * @throws {UnknownReferenceError} when the office does not exist.
 * @example history(ots, 'secretary-general').map((t) => t.holder.person)
 * // ['halil-akinci', 'ramil-hasanov', 'baghdad-amreyev', 'kubanychbek-omuraliev']
 */
export function history(record: OrganizationRecord, office: string, range: DateRange = {}): Tenure[] {
  const model = compile(record);
  const tenures = model.tenures.get(office);
  if (!tenures) throw new UnknownReferenceError('office', office, [...model.offices.keys()]);
  if (range.from === undefined && range.to === undefined) return [...tenures];
  const span = { start: range.from ?? '0000-01-01', end: range.to ?? null };
  return tenures.filter((t) => spansOverlap(t, span));
}
