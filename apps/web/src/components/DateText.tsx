import { formatDate } from '../lib/dates';

/** A (possibly partial) date in words, machine-readable in `datetime`. */
export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
