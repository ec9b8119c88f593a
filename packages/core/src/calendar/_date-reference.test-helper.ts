// The Date-based arithmetic the calendar used before plain day arithmetic (date-fns at local
// noon), kept for the property tests that check the two agree. Tests only.
import { addDays, addMonths } from 'date-fns';

/** A plain date as a `Date` at local noon (years 0–99 set again: the constructor maps them to 1900–1999). */
export function toNoon(date: string): Date {
  const year = +date.slice(0, 4);
  const at = new Date(year, +date.slice(5, 7) - 1, +date.slice(8, 10), 12);
  if (year < 100) at.setFullYear(year);
  return at;
}

/** The plain date a `Date` falls on in the local calendar. */
export function fromLocal(at: Date): string {
  const y = at.getFullYear();
  const yyyy = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${yyyy}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

export const referenceAddDays = (date: string, days: number): string => fromLocal(addDays(toNoon(date), days));
export const referenceAddMonths = (date: string, months: number): string => fromLocal(addMonths(toNoon(date), months));
