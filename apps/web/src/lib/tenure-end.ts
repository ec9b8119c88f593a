import type { OrganizationRecord, PlainDate, Tenure } from '@turnus/core';
import { readWindow } from '@turnus/core/describe';
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

/**
 * A day known only within a window `[day, until)`, in words, without a day no source gave:
 * "2014", "May 2026", "2014, before 29 December 2014", "some day between 2016 and 2017",
 * "some day between 10 March 2026 and 30 April 2026" (inclusive), or the day itself.
 */
export function windowText(day: PlainDate, until: PlainDate | undefined): string {
  const reading = readWindow(day, until);
  if (reading.kind === 'exact') return formatDate(reading.date);
  if (reading.kind === 'before') return t('inPeriodBefore')(formatDate(reading.date), formatDate(reading.before));
  return t('someDayBetween')(formatDate(reading.from), formatDate(reading.to));
}

/** A tenure's end in words: "present", a day, or the window it is known in. */
export function endText(record: OrganizationRecord, tenure: Tenure, open?: string): string {
  if (tenure.end === null) return open ?? t('present');
  return windowText(tenure.end, endUncertainUntil(record, tenure));
}

/**
 * A term's end by rule in words. When the start is known only as a window, the rule's end is
 * counted from the window's first day, so it is the earliest the term could end: say so.
 */
export function termEndText(tenure: Tenure): string | undefined {
  if (tenure.termEnd === undefined) return undefined;
  if (tenure.termEndUncertainUntil) return windowText(tenure.termEnd, tenure.termEndUncertainUntil);
  return tenure.startUncertainUntil && tenure.basis === 'recorded' ? t('atTheEarliest')(formatDate(tenure.termEnd)) : formatDate(tenure.termEnd);
}

/**
 * The term end of a holder kept in office by an extension of a length no source gives (the
 * core's `termEndUnknown`): "not known (extended on 21 May 2025, …)", never "no term rule".
 */
export function termEndUnknownText(record: OrganizationRecord, tenure: Tenure): string | undefined {
  if (!tenure.termEndUnknown) return undefined;
  const extension = tenure.decisions
    .map((id) => record.decisions.find((d) => d.id === id))
    .filter((d) => d?.type === 'extend' && d.for === undefined && d.until === undefined)
    .at(-1);
  return t('termEndNotKnown')(extension ? formatDate(extension.date) : undefined);
}
