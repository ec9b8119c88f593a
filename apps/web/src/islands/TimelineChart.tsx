import type { PlainDate } from '@turnus/core';
import { recordOf } from '../lib/record-store';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { paths } from '../lib/paths';
import { itemsInRange, scaleOf, timelineData, yearTicks, type TimelineItem } from '../lib/timeline';
import { useBrowserToday } from './use-browser-today';

export interface TimelineChartProps {
  readonly org: string;
  readonly today: PlainDate;
}

const LABEL_W = 190;
const CHART_W = 940;
const PAD_R = 16;
const AXIS_H = 30;
const GAP = 5;
const HEIGHT: Record<string, number> = { office: 30, projection: 24, membership: 20, summits: 30 };
const CHAR_W = 6.6;

/**
 * The organization over time as an SVG: a row per office (and its projection), per party, and
 * the summits. Every bar and mark takes keyboard focus and has a title; arrow keys walk along a
 * row and between rows; the range can be zoomed. Prerendered over the whole record.
 */
export function TimelineChart({ org, today: buildDate }: TimelineChartProps) {
  const record = recordOf(org);
  const { today } = useBrowserToday(buildDate);
  const data = useMemo(() => timelineData(record, today), [record, today]);
  const foundedYear = Number(record.organization.founded.date.slice(0, 4));
  const lastYear = data.maxYear + 1;
  const thisYear = Number(today.slice(0, 4));
  // By default: from the founding to a few years ahead, so the record is not squeezed by long projections.
  const defaultTo = Math.min(lastYear, Math.max(thisYear + 5, foundedYear + 1));
  const [range, setRange] = useState<{ from: number; to: number }>({ from: foundedYear, to: defaultTo });
  const [ready, setReady] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => setReady(true), []);

  const from: PlainDate = `${range.from}-01-01`;
  const to: PlainDate = `${range.to}-01-01`;
  const scale = scaleOf(from, to, LABEL_W, CHART_W);
  const visible = itemsInRange(data.items, from, to);
  let y = AXIS_H;
  const rowY = new Map<string, { y: number; h: number }>();
  for (const row of data.rows) {
    const h = HEIGHT[row.kind] ?? 24;
    rowY.set(row.id, { y, h });
    y += h + GAP;
  }
  const height = y + 4;
  const width = LABEL_W + CHART_W + PAD_R;
  const clampX = (date: PlainDate) => Math.min(LABEL_W + CHART_W, Math.max(LABEL_W, scale.x(date)));
  const years: number[] = [];
  for (let year = range.from; year <= range.to; year++) years.push(year);
  const selectedItem = visible.find((i) => i.id === selected);

  const setFrom = (value: number) => setRange((r) => ({ from: value, to: Math.max(value + 1, r.to) }));
  const setTo = (value: number) => setRange((r) => ({ from: Math.min(r.from, value - 1), to: value }));

  // Arrow keys move along a row (left/right) or to the nearest item of the next row (up/down).
  const onKeyDown = (event: KeyboardEvent) => {
    const target = (event.target as Element).closest('[data-item]');
    if (!target || !svgRef.current) return;
    const all = [...svgRef.current.querySelectorAll<SVGElement>('[data-item]')];
    const row = target.getAttribute('data-row');
    const sameRow = all.filter((e) => e.getAttribute('data-row') === row);
    const i = sameRow.indexOf(target as SVGElement);
    const centre = (e: Element) => Number(e.getAttribute('data-x'));
    let next: SVGElement | undefined;
    if (event.key === 'ArrowRight') next = sameRow[i + 1];
    else if (event.key === 'ArrowLeft') next = sameRow[i - 1];
    else if (event.key === 'Home') next = sameRow[0];
    else if (event.key === 'End') next = sameRow[sameRow.length - 1];
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const rows = [...new Set(all.map((e) => e.getAttribute('data-row')))];
      const r = rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1);
      const candidates = all.filter((e) => e.getAttribute('data-row') === rows[r]);
      next = candidates.sort((a, b) => Math.abs(centre(a) - centre(target)) - Math.abs(centre(b) - centre(target)))[0];
    } else return;
    event.preventDefault();
    next?.focus();
  };

  const item = (i: TimelineItem) => {
    const row = rowY.get(i.row)!;
    const isMark = i.start === i.end;
    const x1 = clampX(i.start);
    const x2 = isMark ? x1 : Math.max(x1 + 2, clampX(i.end));
    const common = {
      'data-item': i.id,
      'data-row': i.row,
      'data-x': String(Math.round((x1 + x2) / 2)),
      class: `tl-item tl-${i.style}${i.planned ? ' tl-planned' : ''}${selected === i.id ? ' tl-selected' : ''}`,
      'aria-label': i.title,
      onFocus: () => setSelected(i.id),
    };
    const shape = isMark ? (
      i.style === 'extraordinary' ? (
        <path d={`M ${x1} ${row.y + 4} L ${x1 + 9} ${row.y + row.h / 2} L ${x1} ${row.y + row.h - 4} L ${x1 - 9} ${row.y + row.h / 2} Z`} class="tl-mark" />
      ) : (
        <circle cx={x1} cy={row.y + row.h / 2} r={i.style === 'ordinary' ? 7 : 6.5} class="tl-mark" />
      )
    ) : (
      <>
        <rect x={x1} y={row.y} width={x2 - x1} height={row.h} rx={3} class="tl-bar" />
        {i.uncertainUntil && i.uncertainUntil > i.start ? (
          <rect x={x1} y={row.y} width={Math.max(0, Math.min(x2, clampX(i.uncertainUntil)) - x1)} height={row.h} rx={3} class="tl-uncertain" />
        ) : null}
        {x2 - x1 > i.label.length * CHAR_W + 10 ? (
          <text x={x1 + 5} y={row.y + row.h / 2} dy="0.35em" class="tl-label" aria-hidden="true">
            {i.label}
          </text>
        ) : null}
      </>
    );
    return i.href ? (
      <a key={i.id} href={i.href} {...common}>
        <title>{i.title}</title>
        {shape}
      </a>
    ) : (
      <g key={i.id} tabIndex={0} role="img" {...common}>
        <title>{i.title}</title>
        {shape}
      </g>
    );
  };

  return (
    <div class="timeline">
      <form class="timeline-controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset disabled={!ready}>
          <legend>Range</legend>
          <div class="field-row">
            <label for="tl-from">From</label>
            <select id="tl-from" value={String(range.from)} onChange={(e) => setFrom(Number((e.target as HTMLSelectElement).value))}>
              {yearsBetween(data.minYear, lastYear - 1).map((year) => (
                <option key={year} value={String(year)}>
                  {year}
                </option>
              ))}
            </select>
            <label for="tl-to">to the start of</label>
            <select id="tl-to" value={String(range.to)} onChange={(e) => setTo(Number((e.target as HTMLSelectElement).value))}>
              {yearsBetween(data.minYear + 1, lastYear).map((year) => (
                <option key={year} value={String(year)}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div class="field-row">
            <button type="button" aria-pressed={range.from === foundedYear && range.to === defaultTo} onClick={() => setRange({ from: foundedYear, to: defaultTo })}>
              Since the founding
            </button>
            <button type="button" aria-pressed={range.from === data.minYear && range.to === lastYear} onClick={() => setRange({ from: data.minYear, to: lastYear })}>
              Everything, with the predecessor summits and all projections
            </button>
            <button
              type="button"
              aria-pressed={range.from === thisYear - 5 && range.to === thisYear + 6}
              onClick={() => setRange({ from: thisYear - 5, to: thisYear + 6 })}
            >
              Five years either side of today
            </button>
          </div>
        </fieldset>
      </form>
      <Legend />
      <div class="timeline-scroll">
        <svg
          ref={svgRef}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-labelledby="tl-svg-title"
          aria-describedby="tl-help"
          onKeyDown={onKeyDown}
          class="timeline-svg"
        >
          <title id="tl-svg-title">{`Timeline from ${range.from} to ${range.to}`}</title>
          <defs>
            <pattern id="tl-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="3" height="6" class="tl-hatch-stroke" />
            </pattern>
            <pattern id="tl-hatch-projected" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="2" height="6" class="tl-hatch-projected-stroke" />
            </pattern>
          </defs>
          {years.map((year) => (
            <line key={year} x1={scale.x(`${year}-01-01`)} x2={scale.x(`${year}-01-01`)} y1={AXIS_H - 6} y2={height} class="tl-grid" />
          ))}
          {yearTicks(range.from, range.to).map((year) => (
            <text key={year} x={scale.x(`${year}-01-01`)} y={AXIS_H - 10} class="tl-year" text-anchor="middle">
              {year}
            </text>
          ))}
          {data.rows.map((row) => {
            const r = rowY.get(row.id)!;
            return (
              <text key={row.id} x={LABEL_W - 8} y={r.y + r.h / 2} dy="0.35em" text-anchor="end" class={`tl-row-label tl-row-${row.kind}`}>
                {row.short ?? row.label}
              </text>
            );
          })}
          {today >= from && today < to ? (
            <g class="tl-today">
              <line x1={scale.x(today)} x2={scale.x(today)} y1={AXIS_H - 4} y2={height} />
              <text x={scale.x(today) + 3} y={AXIS_H - 1} class="tl-today-label">
                today
              </text>
            </g>
          ) : null}
          {visible.map(item)}
        </svg>
      </div>
      <p id="tl-help" class="small muted">
        Tab moves through the bars and marks; the arrow keys move along a row and between rows; Enter opens the page of a person or a summit.
      </p>
      <div class="tl-details" aria-live="polite" data-testid="timeline-selected">
        {selectedItem ? (
          <p>
            <strong>Selected:</strong> {selectedItem.title}
            {selectedItem.href ? (
              <>
                {' '}
                <a href={selectedItem.href}>Open its page</a>
              </>
            ) : null}
          </p>
        ) : (
          <p class="muted">Focus a bar or a mark to read it here.</p>
        )}
      </div>
      <p class="small">
        The same data as tables: <a href="#timeline-tables">below</a>; the record as files: <a href={paths.downloads(org)}>downloads</a>.
      </p>
    </div>
  );
}

function yearsBetween(first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

const LEGEND: [style: string, shape: 'bar' | 'uncertain' | 'circle' | 'diamond', label: string][] = [
  ['tl-recorded', 'bar', 'recorded period'],
  ['tl-projected', 'bar', 'projected by rule'],
  ['tl-recorded', 'uncertain', 'day of change not known'],
  ['tl-member', 'bar', 'member'],
  ['tl-observer', 'bar', 'observer'],
  ['tl-ordinary', 'circle', 'ordinary summit'],
  ['tl-informal', 'circle', 'informal summit'],
  ['tl-extraordinary', 'diamond', 'extraordinary summit'],
  ['tl-ordinary tl-planned', 'circle', 'planned summit'],
];

/** What the shapes and fills mean; the shapes differ, not only the colours. */
function Legend() {
  return (
    <ul class="tl-legend" aria-label="Legend">
      {LEGEND.map(([style, shape, label]) => (
        <li key={label}>
          <svg width="28" height="18" aria-hidden="true">
            <g class={`tl-item ${style}`}>
              {shape === 'bar' || shape === 'uncertain' ? <rect y="2" width="28" height="14" rx="3" class="tl-bar" /> : null}
              {shape === 'uncertain' ? <rect y="2" width="28" height="14" rx="3" class="tl-uncertain" /> : null}
              {shape === 'circle' ? <circle cx="14" cy="9" r="7" class="tl-mark" /> : null}
              {shape === 'diamond' ? <path d="M 14 0 L 23 9 L 14 18 L 5 9 Z" class="tl-mark" /> : null}
            </g>
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
