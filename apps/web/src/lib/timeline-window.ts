import { addDays, daysBetween, isPlainDate, type PlainDate } from '@turnus/core';

/** The part of the timeline in view: `[from, to)`, whole days. */
export interface TimeWindow {
  readonly from: PlainDate;
  readonly to: PlainDate;
}

const MIN_DAYS = 365;

/** The first day of a year. */
export const yearStart = (year: number): PlainDate => `${String(year).padStart(4, '0')}-01-01`;

/** The window the timeline opens on: seven years before today's year to four after, within the data. */
export function defaultWindow(today: PlainDate, minYear: number, maxYear: number): TimeWindow {
  const year = Number(today.slice(0, 4));
  return clampWindow({ from: yearStart(year - 7), to: yearStart(year + 5) }, minYear, maxYear);
}

/** Everything there is to draw. */
export function fullWindow(minYear: number, maxYear: number): TimeWindow {
  return { from: yearStart(minYear), to: yearStart(maxYear + 1) };
}

/** A window kept within the data's years and at least a year wide. */
export function clampWindow(w: TimeWindow, minYear: number, maxYear: number): TimeWindow {
  const lo = yearStart(minYear);
  const hi = yearStart(maxYear + 1);
  const full = daysBetween(lo, hi);
  let span = Math.min(full, Math.max(MIN_DAYS, daysBetween(w.from, w.to)));
  let from = w.from < lo ? lo : w.from;
  if (daysBetween(from, hi) < span) from = addDays(hi, -span);
  if (from < lo) {
    from = lo;
    span = full;
  }
  return { from, to: addDays(from, span) };
}

/** The window zoomed by `factor` (below 1: in) around the point at `anchor` (0 = left edge, 1 = right edge). */
export function zoomWindow(w: TimeWindow, factor: number, anchor: number, minYear: number, maxYear: number): TimeWindow {
  const span = daysBetween(w.from, w.to);
  const next = Math.round(span * factor);
  const at = addDays(w.from, Math.round(span * anchor));
  const from = addDays(at, -Math.round(next * anchor));
  return clampWindow({ from, to: addDays(from, next) }, minYear, maxYear);
}

/** The window moved by `fraction` of its width (negative: earlier). */
export function panWindow(w: TimeWindow, fraction: number, minYear: number, maxYear: number): TimeWindow {
  const shift = Math.round(daysBetween(w.from, w.to) * fraction);
  return clampWindow({ from: addDays(w.from, shift), to: addDays(w.to, shift) }, minYear, maxYear);
}

/** The window in an address's query (`?from=2018-01-01&to=2031-01-01`), if it holds a valid one. */
export function windowFromQuery(search: string): TimeWindow | undefined {
  const q = new URLSearchParams(search);
  const from = q.get('from');
  const to = q.get('to');
  return from && to && isPlainDate(from) && isPlainDate(to) && from < to ? { from, to } : undefined;
}

/** Where a day falls across the window, in percent of its width (clamped to 0–100). */
export function percentOf(w: TimeWindow, date: PlainDate): number {
  const p = (daysBetween(w.from, date) / Math.max(1, daysBetween(w.from, w.to))) * 100;
  return Math.min(100, Math.max(0, p));
}

/**
 * The years to label on the axis for a chart `widthPx` wide: as many as fit at about 56 px
 * apart, on round steps, never one so close to an edge that its label would be cut.
 */
export function axisTicks(w: TimeWindow, widthPx: number): { year: number; percent: number; anchor: 'start' | 'middle' | 'end' }[] {
  const fromYear = Number(w.from.slice(0, 4));
  const toYear = Number(w.to.slice(0, 4));
  const years = Math.max(1, daysBetween(w.from, w.to) / 365.25);
  const fit = Math.max(2, Math.floor(widthPx / 56));
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => years / s <= fit) ?? 100;
  const out: { year: number; percent: number; anchor: 'start' | 'middle' | 'end' }[] = [];
  for (let y = Math.ceil(fromYear / step) * step; y <= toYear; y += step) {
    const percent = percentOf(w, yearStart(y));
    if (yearStart(y) < w.from || yearStart(y) > w.to) continue;
    const px = (percent / 100) * widthPx;
    out.push({ year: y, percent, anchor: px < 18 ? 'start' : widthPx - px < 18 ? 'end' : 'middle' });
  }
  return out;
}
