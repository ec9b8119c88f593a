import type { PlainDate } from './plain-date';

/** A half-open span of days `[start, end)`; `end: null` means it is still running. */
export interface Span {
  readonly start: PlainDate;
  readonly end: PlainDate | null;
}

/**
 * Whether `date` lies in the half-open span `[start, end)`. The end day itself belongs to
 * whatever comes next: a handover date belongs to the new holder.
 * @example spanContains({ start: '2021-11-12', end: '2022-11-11' }, '2022-11-11') // false
 */
export function spanContains(span: Span, date: PlainDate): boolean {
  return span.start <= date && (span.end === null || date < span.end);
}

/** Whether two half-open spans share at least one day. Touching spans (`a.end === b.start`) do not. */
export function spansOverlap(a: Span, b: Span): boolean {
  return (a.end === null || b.start < a.end) && (b.end === null || a.start < b.end);
}
