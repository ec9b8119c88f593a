import type { OrganizationRecord, PlainDate, Tenure } from '@turnus/core';
import { formatDate } from './dates';
import { t } from '../i18n/messages';

/**
 * When the successor's start is known only as a window (Hasanov took over some day in 2014, by
 * 11 December), the record ends the predecessor's tenure at the window's first day; the honest
 * end is the whole window (the core's `endUncertainUntil`). Returns the window's exclusive end, or
 * nothing when the end is exact.
 */
export function endUncertainUntil(_record: OrganizationRecord, tenure: Tenure): PlainDate | undefined {
  return tenure.end === null ? undefined : tenure.endUncertainUntil;
}

/** A tenure's end in words: "present", a day, or "some day between … and …". */
export function endText(record: OrganizationRecord, tenure: Tenure, open?: string): string {
  if (tenure.end === null) return open ?? t('present');
  const until = endUncertainUntil(record, tenure);
  return until ? t('someDayBetween')(formatDate(tenure.end), formatDate(until)) : formatDate(tenure.end);
}

/**
 * A term's end by rule in words. When the start is known only as a window, the rule's end is
 * counted from the window's first day, so it is the earliest the term could end: say so.
 */
export function termEndText(tenure: Tenure): string | undefined {
  if (tenure.termEnd === undefined) return undefined;
  return tenure.startUncertainUntil && tenure.basis === 'recorded' ? t('atTheEarliest')(formatDate(tenure.termEnd)) : formatDate(tenure.termEnd);
}
