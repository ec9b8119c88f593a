export type { PlainDate, DatePrecision } from './plain-date';
export {
  isPlainDate,
  isPartialDate,
  precisionOf,
  earliestDay,
  latestDay,
  afterLatestDay,
  addDays,
  addMonthsTo,
  daysBetween,
  daysInMonth,
  minDate,
  maxDate,
} from './plain-date';
export type { IsoDuration, DurationParts } from './duration';
export { parseDuration, isDuration, isBoundedDuration, addDuration, addDurationWithin, MAX_DURATION_YEARS } from './duration';
export { FIRST_DAY, isOutsideCalendar, LAST_DAY } from './range';
export type { Span } from './period';
export { spanContains, spansOverlap } from './period';
