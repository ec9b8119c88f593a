import { FIRST_DAY, isOutsideCalendar, isPlainDate, LAST_DAY, type PlainDate } from '@turnus/core';
import { CliError } from '../errors';

/** The machine's calendar date, read once at the edge: the core never reads the clock. */
export function systemToday(): PlainDate {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A date option: checked to be a real calendar date, or a usage error. */
export function parseDateOption(value: string | undefined, option: string): PlainDate | undefined {
  if (value === undefined) return undefined;
  if (!isPlainDate(value) && isOutsideCalendar(value)) {
    throw new CliError('E_DATE_OUT_OF_RANGE', `${option} ${JSON.stringify(value)} is outside the supported calendar, ${FIRST_DAY} to ${LAST_DAY}`, { hint: 'Dates have four-digit years: ask about a day from 0001-01-01 to 9999-12-31.' });
  }
  if (!isPlainDate(value)) throw new CliError('E_INVALID_DATE', `${option} ${JSON.stringify(value)} is not a real calendar date`, { hint: 'Write dates as YYYY-MM-DD, e.g. 2022-11-11.' });
  return value;
}
