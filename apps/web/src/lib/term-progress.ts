import { daysBetween, type PlainDate } from '@turnus/core';

/** How far a term has run on `today`, for a progress bar and its words. */
export interface TermProgress {
  readonly totalDays: number;
  /** Days elapsed, clamped to the term (0 … totalDays). */
  readonly elapsedDays: number;
  /** Days past the term's end by rule (0 while it runs). */
  readonly overrunDays: number;
  /** Days left until the end by rule (0 once it has passed). */
  readonly remainingDays: number;
  readonly percent: number;
}

/** The progress of the term `[start, termEnd)` on `today`. */
export function termProgress(start: PlainDate, termEnd: PlainDate, today: PlainDate): TermProgress {
  const totalDays = Math.max(1, daysBetween(start, termEnd));
  const raw = daysBetween(start, today);
  const elapsedDays = Math.min(totalDays, Math.max(0, raw));
  return {
    totalDays,
    elapsedDays,
    overrunDays: Math.max(0, daysBetween(termEnd, today)),
    remainingDays: Math.max(0, daysBetween(today, termEnd)),
    percent: Math.round((elapsedDays / totalDays) * 100),
  };
}
