import { daysBetween, earliestDay, history, organizationName, personDisplayName, project, type OrganizationRecord, type PlainDate, type Summit, type Tenure } from '@turnus/core';
import { CliError } from '../errors';
import type { Style } from '../render/style';
import { displayWidth, truncate } from '../render/text';

/** What the picture shows: the span of days, the offices, and how wide it may be. */
export interface TimelineOptions {
  readonly today: PlainDate;
  readonly from?: PlainDate | undefined;
  readonly to?: PlainDate | undefined;
  readonly width?: number | undefined;
  readonly offices?: readonly string[] | undefined;
}

/** The kinds of cell a row is drawn with; each has its glyphs and its style. */
type Ink = 'blank' | 'recorded' | 'projected' | 'uncertain' | 'label' | 'projected-label' | 'summit' | 'planned' | 'axis' | 'today';

interface Cell {
  char: string;
  ink: Ink;
}

export const TIMELINE_MIN_WIDTH = 40;
export const TIMELINE_MAX_WIDTH = 400;

const GLYPH = {
  recordedStart: '│',
  recordedFill: '━',
  projectedStart: '┆',
  projectedFill: '┄',
  uncertainFill: '·',
  ordinary: '●',
  other: '◆',
  plannedOrdinary: '○',
  plannedOther: '◇',
  today: '▼',
} as const;

function yearStart(date: PlainDate): PlainDate {
  return `${date.slice(0, 4)}-01-01`;
}

function plusYears(date: PlainDate, years: number): PlainDate {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/** The short label of a period: a party's id, or a person's family name. */
function label(record: OrganizationRecord, tenure: Tenure): string {
  if (tenure.holder.person !== null) {
    const name = personDisplayName(record, tenure.holder.person);
    return name.split(/\s+/).pop() ?? name;
  }
  return tenure.holder.party ?? '?';
}

class Canvas {
  readonly cells: Cell[];
  constructor(
    readonly width: number,
    private readonly from: PlainDate,
    private readonly to: PlainDate,
  ) {
    this.cells = Array.from({ length: width }, () => ({ char: ' ', ink: 'blank' as Ink }));
  }
  /** The column of a day: the span [from, to) spread evenly over the width. */
  column(date: PlainDate): number {
    const total = daysBetween(this.from, this.to);
    const offset = daysBetween(this.from, date < this.from ? this.from : date > this.to ? this.to : date);
    return Math.min(this.width, Math.max(0, Math.floor((offset * this.width) / total)));
  }
  put(column: number, char: string, ink: Ink): void {
    if (column >= 0 && column < this.width) this.cells[column] = { char, ink };
  }
  /** A period as a bar: a start mark, an optional window of uncertainty, then its label and fill. */
  bar(start: PlainDate, uncertainUntil: PlainDate | undefined, end: PlainDate, text: string, projected: boolean): void {
    if (end <= this.from || start >= this.to) return;
    const c0 = this.column(start);
    const c1 = Math.max(this.column(end), c0 + 1);
    const fill = projected ? GLYPH.projectedFill : GLYPH.recordedFill;
    const ink: Ink = projected ? 'projected' : 'recorded';
    this.put(c0, projected ? GLYPH.projectedStart : GLYPH.recordedStart, ink);
    let c = c0 + 1;
    // The label goes at the period's place, right after its start mark; then the window in which
    // the start is uncertain is dotted, and the rest is filled.
    for (const char of text) {
      if (c >= c1) break;
      this.put(c++, char, projected ? 'projected-label' : 'label');
    }
    const certain = uncertainUntil ? Math.min(this.column(uncertainUntil), c1) : c;
    for (; c < certain; c++) this.put(c, GLYPH.uncertainFill, 'uncertain');
    for (; c < c1; c++) this.put(c, fill, ink);
  }
  render(style: Style): string {
    const paint: Record<Ink, (t: string) => string> = {
      blank: (t) => t,
      recorded: style.accent,
      label: style.bold,
      projected: style.dim,
      'projected-label': style.warn,
      uncertain: style.dim,
      summit: style.accent,
      planned: style.dim,
      axis: style.dim,
      today: style.warn,
    };
    let out = '';
    let run = '';
    let ink: Ink = 'blank';
    for (const cell of this.cells) {
      if (cell.ink !== ink && run) {
        out += paint[ink](run);
        run = '';
      }
      ink = cell.ink;
      run += cell.char;
    }
    out += paint[ink](run);
    return out.trimEnd();
  }
}

/** The year marks of the axis: every 1, 2, 5, 10… years, so that labels never touch. */
function axis(canvas: Canvas, from: PlainDate, to: PlainDate): { labels: string; ticks: Cell[] } {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const perYear = canvas.width / Math.max(1, daysBetween(from, to) / 365.2425);
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => s * perYear >= 6) ?? 1000;
  const labels = Array.from({ length: canvas.width }, () => ' ');
  const ticks: Cell[] = Array.from({ length: canvas.width }, () => ({ char: '─', ink: 'axis' as Ink }));
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const day = `${String(year).padStart(4, '0')}-01-01`;
    if (day < from || day >= to) continue;
    const column = canvas.column(day);
    ticks[column] = { char: '┬', ink: 'axis' };
    const text = String(year);
    if (column + text.length <= canvas.width) [...text].forEach((ch, i) => (labels[column + i] = ch));
  }
  return { labels: labels.join('').trimEnd(), ticks };
}

function summitMark(summit: Summit): { char: string; ink: Ink; rank: number } {
  const planned = summit.status !== 'held';
  if (summit.kind === 'ordinary') return planned ? { char: GLYPH.plannedOrdinary, ink: 'planned', rank: 2 } : { char: GLYPH.ordinary, ink: 'summit', rank: 3 };
  return planned ? { char: GLYPH.plannedOther, ink: 'planned', rank: 0 } : { char: GLYPH.other, ink: 'summit', rank: 1 };
}

/**
 * `turnus timeline`: a picture of the organization over time that fits the width (80 columns by
 * default): for each office, a bar per period labelled with its holder (recorded periods solid,
 * projected ones dashed, windows of uncertainty dotted), summits as marks, and today.
 */
export function timelineText(record: OrganizationRecord, options: TimelineOptions, style: Style): string {
  const width = options.width ?? 80;
  if (!Number.isInteger(width) || width < TIMELINE_MIN_WIDTH || width > TIMELINE_MAX_WIDTH) {
    throw new CliError('E_INVALID_OPTION', `--width ${width} is out of range`, { hint: `Give a number of columns from ${TIMELINE_MIN_WIDTH} to ${TIMELINE_MAX_WIDTH}.` });
  }
  const today = options.today;
  const offices = (options.offices ?? record.offices.map((o) => o.id)).map((id) => ({ id, tenures: history(record, id) }));
  const firstStart = offices.flatMap((o) => o.tenures.map((t) => t.start)).sort()[0];
  const founded = earliestDay(record.organization.founded.date);
  // By default from the first recorded period (a record may reach back decades before it).
  const from = options.from ?? yearStart(firstStart ?? founded);
  const to = options.to ?? plusYears(yearStart(today), 4);
  if (to <= from) throw new CliError('E_INVALID_OPTION', `the timeline would end (${to}) before it starts (${from})`, { hint: 'Give --from before --to.' });

  const lines: string[] = [];
  const name = organizationName(record, today);
  // Titles are cut to the width; the bars are drawn to it.
  const titled = (head: string, tail: string) => {
    const shownHead = truncate(head, width);
    const room = width - displayWidth(shownHead);
    return style.bold(shownHead) + (tail && room > 2 ? style.dim(truncate(tail, room)) : '');
  };
  lines.push(titled(`${name.name}${name.abbreviation ? ` (${name.abbreviation})` : ''}, ${from.slice(0, 4)}–${to.slice(0, 4)}`, `  today ${today}`));

  const ruler = new Canvas(width, from, to);
  const { labels, ticks } = axis(ruler, from, to);
  const marker = new Canvas(width, from, to);
  if (today >= from && today < to) {
    const column = marker.column(today);
    const text = 'today ';
    const start = column - text.length;
    if (start >= 0) [...text].forEach((ch, i) => marker.put(start + i, ch, 'today'));
    marker.put(column, GLYPH.today, 'today');
  }
  ruler.cells.splice(0, width, ...ticks);
  lines.push(marker.render(style), style.dim(labels), ruler.render(style));

  for (const office of offices) {
    const canvas = new Canvas(width, from, to);
    for (const t of office.tenures) {
      const end = t.end ?? (today > t.start ? today : to);
      canvas.bar(t.start, t.startUncertainUntil, end, label(record, t), false);
    }
    for (const t of project(record, office.id, { today, count: 200 })) {
      if (t.start >= to) break;
      // At its place: a period expected in a year already under way starts at that year, not today.
      canvas.bar(t.start, t.startUncertainUntil, t.end ?? to, label(record, t), true);
    }
    const officeName = record.offices.find((o) => o.id === office.id)?.names.en ?? office.id;
    lines.push(titled(office.id, officeName !== office.id ? `  ${officeName}` : ''), canvas.render(style));
  }

  const summits = new Canvas(width, from, to);
  const ranks = new Map<number, number>();
  for (const summit of record.summits) {
    const day = earliestDay(summit.date);
    if (day < from || day >= to) continue;
    const column = summits.column(day);
    const mark = summitMark(summit);
    if ((ranks.get(column) ?? -1) >= mark.rank) continue;
    ranks.set(column, mark.rank);
    summits.put(column, mark.char, mark.ink);
  }
  lines.push(titled('summits', ''), summits.render(style));

  const legend = [
    `${GLYPH.recordedStart}AZ${GLYPH.recordedFill.repeat(2)} recorded`,
    `${GLYPH.projectedStart}TR${GLYPH.projectedFill.repeat(2)} projected`,
    `${GLYPH.uncertainFill.repeat(3)} date uncertain`,
    `${GLYPH.ordinary} ordinary summit`,
    `${GLYPH.other} other summit`,
    `${GLYPH.plannedOrdinary}${GLYPH.plannedOther} planned`,
  ];
  let line = '';
  const legendLines: string[] = [];
  for (const item of legend) {
    if (line && displayWidth(line) + 2 + displayWidth(item) > width) {
      legendLines.push(line);
      line = '';
    }
    line = line ? `${line}  ${item}` : item;
  }
  if (line) legendLines.push(line);
  lines.push('', ...legendLines.map((l) => style.dim(l)));
  return lines.join('\n') + '\n';
}
