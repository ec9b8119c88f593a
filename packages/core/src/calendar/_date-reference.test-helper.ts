// The reference for the calendar's property tests: date-fns on a `UTCDate`, whose local calendar
// is UTC's, so the reference holds in every time zone (local noon does not exist on days some
// zones skipped, such as 31 December 1994 in Pacific/Kiritimati). Tests only.
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths } from 'date-fns';

/** A plain date as a `UTCDate` at noon (setFullYear, unlike the constructor, keeps years 0–99). */
export function toNoon(date: string): Date {
  const at = new UTCDate(0);
  at.setFullYear(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  at.setHours(12);
  return at;
}

/** The plain date a `UTCDate` falls on. */
export function fromLocal(at: Date): string {
  const y = at.getFullYear();
  const yyyy = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${yyyy}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

export const referenceAddDays = (date: string, days: number): string => fromLocal(addDays(toNoon(date), days));
export const referenceAddMonths = (date: string, months: number): string => fromLocal(addMonths(toNoon(date), months));
