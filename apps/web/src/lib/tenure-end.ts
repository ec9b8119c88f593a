import { addDays, afterLatestDay, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
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
  if (until === undefined) return formatDate(day);
  const year = day.slice(0, 4);
  const month = day.slice(0, 7);
  const yearStart = day.endsWith('-01-01');
  const monthStart = day.endsWith('-01');
  if (yearStart && until === afterLatestDay(year)) return formatDate(year);
  if (monthStart && until === afterLatestDay(month)) return formatDate(month);
  const last = addDays(until, -1);
  if (yearStart && until.endsWith('-01-01')) return t('someDayBetween')(formatDate(year), formatDate(last.slice(0, 4)));
  if (monthStart && until.endsWith('-01')) return t('someDayBetween')(formatDate(month), formatDate(last.slice(0, 7)));
  if (yearStart && last.slice(0, 4) === year) return t('inPeriodBefore')(formatDate(year), formatDate(until));
  if (monthStart && last.slice(0, 7) === month) return t('inPeriodBefore')(formatDate(month), formatDate(until));
  return t('someDayBetween')(formatDate(yearStart ? year : monthStart ? month : day), formatDate(last));
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
