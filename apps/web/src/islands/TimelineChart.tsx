import { addDays, type PlainDate } from '@turnus/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import { addAvailableFlags, flagUrl } from '../lib/flags';
import { paths } from '../lib/paths';
import { recordOf } from '../lib/record-store';
import { timelineData, type TimelineItem, type TimelineRow } from '../lib/timeline';
import { axisTicks, defaultWindow, fullWindow, panWindow, percentOf, windowFromQuery, zoomWindow, type TimeWindow } from '../lib/timeline-window';
import { useBrowserToday } from './use-browser-today';
import { t } from '../i18n/messages';

export interface TimelineChartProps {
  readonly org: string;
  readonly today: PlainDate;
  /** The parties' flag codes that exist (drawn on bars too narrow for a name). */
  readonly flags?: readonly string[];
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** A label's width in pixels: measured in the browser, estimated on the server. */
function textWidth(text: string, bold: boolean): number {
  if (typeof document !== 'undefined') {
    if (canvas === undefined) canvas = document.createElement('canvas').getContext('2d');
    if (canvas) {
      canvas.font = `${bold ? '600 ' : ''}12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif`;
      return canvas.measureText(text).width;
    }
  }
  return text.length * CHAR_W;
}

const AXIS_H = 28;
const GAP = 6;
const HEIGHT: Record<TimelineRow['kind'], number> = { office: 30, projection: 24, membership: 20, summits: 28 };
const CHAR_W = 7;
/** The chart's width before the browser measures it (the prerendered page assumes a desktop). */
const ASSUMED_WIDTH = 820;

/**
 * The organization over time: a row per office (and its projection), per party, and the summits.
 * Row labels are HTML beside the picture, so they never scroll away; the picture always fits its
 * box (no sideways scrolling), positions are percentages of its width. The window opens around
 * today and is kept in the address (?from=…&to=…); it zooms and pans with the buttons, Ctrl or ⌘
 * with the wheel, a drag, a pinch, or the keyboard. The chart is one tab stop: the arrow keys move
 * between its bars and marks (a roving focus).
 */
export function TimelineChart({ org, today: buildDate, flags }: TimelineChartProps) {
  if (flags) addAvailableFlags(flags);
  const record = recordOf(org);
  const { today } = useBrowserToday(buildDate);
  const data = useMemo(() => timelineData(record, today), [record, today]);
  const { minYear, maxYear } = data;
  const initial = defaultWindow(today, minYear, maxYear);
  // The first render matches the prerendered markup; the window in the address is applied in the layout effect below.
  const [win, setWin] = useState<TimeWindow>(initial);
  const [widthPx, setWidthPx] = useState(ASSUMED_WIDTH);
  const [current, setCurrent] = useState<string | null>(null);
  const [active, setActive] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const chartRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ pointers: Map<number, number>; startWin: TimeWindow; startX: number; startDist: number } | null>(null);

  // The real width, once in the browser and whenever it changes: it decides which labels fit.
  useLayoutEffect(() => {
    const svg = chartRef.current;
    if (!svg) return;
    const measure = () => setWidthPx(Math.max(120, svg.getBoundingClientRect().width));
    measure();
    const fromAddress = windowFromQuery(window.location.search);
    if (fromAddress) setWin(fromAddress);
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  const update = (next: TimeWindow) => {
    setWin(next);
    const url = new URL(window.location.href);
    url.searchParams.set('from', next.from);
    url.searchParams.set('to', next.to);
    window.history.replaceState(null, '', url);
  };
  const zoom = (factor: number, anchor = 0.5) => update(zoomWindow(win, factor, anchor, minYear, maxYear));
  const pan = (fraction: number) => update(panWindow(win, fraction, minYear, maxYear));

  const visible = data.items.filter((i) => (i.start === i.end ? i.start >= win.from && i.start < win.to : i.start < win.to && i.end > win.from));
  const rows = data.rows.filter((r) => visible.some((i) => i.row === r.id));
  let y = AXIS_H;
  const rowY = new Map<string, { y: number; h: number }>();
  for (const row of rows) {
    const h = HEIGHT[row.kind];
    rowY.set(row.id, { y, h });
    y += h + GAP;
  }
  const height = y;
  // Items in reading order (row by row, left to right), for the roving focus.
  const ordered = rows.flatMap((r) => visible.filter((i) => i.row === r.id));
  const todayItem = ordered.find((i) => i.start <= today && i.end > today) ?? ordered[0];
  const focusId = current !== null && ordered.some((i) => i.id === current) ? current : (todayItem?.id ?? null);
  const selected = hovered !== null ? ordered.find((i) => i.id === hovered) : active ? ordered.find((i) => i.id === focusId) : undefined;

  const focusItem = (id: string | undefined) => {
    if (!id) return;
    setCurrent(id);
    chartRef.current?.querySelector<SVGElement>(`[data-item="${CSS.escape(id)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = ordered.findIndex((i) => i.id === focusId);
    const item = ordered[at];
    if (!item) return;
    const sameRow = ordered.filter((i) => i.row === item.row);
    const k = sameRow.indexOf(item);
    const centre = (i: TimelineItem) => (percentOf(win, i.start) + percentOf(win, i.end)) / 2;
    const nearestIn = (rowIndex: number) => {
      const row = rows[rowIndex];
      if (!row) return undefined;
      return ordered.filter((i) => i.row === row.id).sort((a, b) => Math.abs(centre(a) - centre(item)) - Math.abs(centre(b) - centre(item)))[0];
    };
    const rowIndex = rows.findIndex((r) => r.id === item.row);
    switch (event.key) {
      case 'ArrowRight':
        focusItem(sameRow[k + 1]?.id);
        break;
      case 'ArrowLeft':
        focusItem(sameRow[k - 1]?.id);
        break;
      case 'ArrowDown':
        focusItem(nearestIn(rowIndex + 1)?.id);
        break;
      case 'ArrowUp':
        focusItem(nearestIn(rowIndex - 1)?.id);
        break;
      case 'Home':
        focusItem(sameRow[0]?.id);
        break;
      case 'End':
        focusItem(sameRow[sameRow.length - 1]?.id);
        break;
      case '+':
      case '=':
        zoom(0.5, centre(item) / 100);
        break;
      case '-':
      case '_':
        zoom(2, centre(item) / 100);
        break;
      case 'PageUp':
        pan(-0.5);
        break;
      case 'PageDown':
        pan(0.5);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // Ctrl/⌘ + wheel (and a trackpad's pinch, which the browser reports so) zooms around the pointer;
  // a sideways wheel or Shift + wheel pans. A plain wheel scrolls the page, as everywhere else.
  const onWheel = (event: WheelEvent) => {
    const rect = chartRef.current?.getBoundingClientRect();
    if (!rect) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      zoom(event.deltaY > 0 ? 1.25 : 0.8, (event.clientX - rect.left) / rect.width);
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      pan((event.shiftKey ? event.deltaY : event.deltaX) / rect.width);
    }
  };

  // One pointer drags the window sideways; two pinch it.
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const d = drag.current ?? { pointers: new Map<number, number>(), startWin: win, startX: event.clientX, startDist: 0 };
    d.pointers.set(event.pointerId, event.clientX);
    d.startWin = win;
    d.startX = [...d.pointers.values()].reduce((a, b) => a + b, 0) / d.pointers.size;
    d.startDist = d.pointers.size === 2 ? Math.abs([...d.pointers.values()].reduce((a, b) => a - b)) : 0;
    drag.current = d;
  };
  const onPointerMove = (event: PointerEvent) => {
    const d = drag.current;
    const rect = chartRef.current?.getBoundingClientRect();
    if (!d || !rect || !d.pointers.has(event.pointerId)) return;
    d.pointers.set(event.pointerId, event.clientX);
    const xs = [...d.pointers.values()];
    if (xs.length === 2 && d.startDist > 0) {
      const dist = Math.abs(xs[0]! - xs[1]!);
      if (dist > 0) setWin(zoomWindow(d.startWin, d.startDist / dist, (d.startX - rect.left) / rect.width, minYear, maxYear));
    } else if (xs.length === 1) {
      const dx = xs[0]! - d.startX;
      if (Math.abs(dx) > 3) {
        (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
        setWin(panWindow(d.startWin, -dx / rect.width, minYear, maxYear));
      }
    }
  };
  const onPointerUp = (event: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    d.pointers.delete(event.pointerId);
    if (d.pointers.size === 0) {
      drag.current = null;
      update(win);
    }
  };

  const ticks = axisTicks(win, widthPx);
  const todayPct = today >= win.from && today < win.to ? percentOf(win, today) : null;
  // The knowledge horizon: the record has every event its sources report through this day, none after.
  const afterHorizon = data.horizon !== undefined ? addDays(data.horizon, 1) : undefined;
  const horizonPct = afterHorizon !== undefined && afterHorizon >= win.from && afterHorizon < win.to ? percentOf(win, afterHorizon) : null;
  const fromYear = win.from.slice(0, 4);
  const toYear = String(Number(win.to.slice(0, 4)) - (win.to.endsWith('-01-01') ? 1 : 0));
  const full = fullWindow(minYear, maxYear);

  return (
    <div class="timeline">
      <div class="timeline-controls" role="toolbar" aria-label={t('tlWindow')} aria-controls="tl-chart">
        <button type="button" onClick={() => pan(-0.5)} aria-label={t('tlEarlier')}>
          ← <span class="tl-btn-text">{t('tlEarlier')}</span>
        </button>
        <button type="button" onClick={() => zoom(0.5)} aria-label={t('tlZoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom(2)} aria-label={t('tlZoomOut')}>
          −
        </button>
        <button type="button" onClick={() => pan(0.5)} aria-label={t('tlLater')}>
          <span class="tl-btn-text">{t('tlLater')}</span> →
        </button>
        <button type="button" onClick={() => update(initial)} aria-pressed={win.from === initial.from && win.to === initial.to}>
          {t('tlAroundToday')}
        </button>
        <button type="button" onClick={() => update(full)} aria-pressed={win.from === full.from && win.to === full.to}>
          {t('tlEverything')}
        </button>
        <span class="tl-window" aria-live="polite" data-testid="timeline-window">
          {fromYear === toYear ? fromYear : `${fromYear}–${toYear}`}
        </span>
      </div>
      <div class="tl-body">
        <div class="tl-labels" aria-hidden="true">
          <div class="tl-axis-spacer" />
          {rows.map((row) => (
            <div key={row.id} class={`tl-row-label tl-lab-${row.kind}`} title={row.label}>
              {row.short ?? row.label}
            </div>
          ))}
        </div>
        <svg
          id="tl-chart"
          ref={chartRef}
          class="timeline-svg"
          width="100%"
          height={height}
          role="group"
          aria-roledescription="timeline"
          aria-label={t('tlChart')(formatDate(win.from), formatDate(win.to))}
          aria-describedby="tl-help"
          // Chromium puts an <svg> with key handlers in the tab order; the chart's one tab stop is its current item.
          tabindex={-1}
          onKeyDown={onKeyDown}
          onWheel={onWheel}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onFocusCapture={() => {
            setActive(true);
            setHovered(null);
          }}
          onPointerLeave={() => setHovered(null)}
        >
          <defs>
            <pattern id="tl-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="3" height="6" class="tl-hatch-stroke" />
            </pattern>
            {/* On a projected bar (no fill) the hatching is drawn in the projection's colour. */}
            <pattern id="tl-hatch-projected" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="2" height="6" class="tl-hatch-projected" />
            </pattern>
          </defs>
          {ticks.map((t) => (
            <g key={t.year}>
              <line x1={`${t.percent}%`} x2={`${t.percent}%`} y1={AXIS_H - 6} y2={height} class="tl-grid" />
              <text x={`${t.percent}%`} y={AXIS_H - 11} class="tl-year" text-anchor={t.anchor}>
                {t.year}
              </text>
            </g>
          ))}
          {todayPct !== null ? (
            <g class="tl-today">
              <line x1={`${todayPct}%`} x2={`${todayPct}%`} y1={AXIS_H - 4} y2={height} />
            </g>
          ) : null}
          {horizonPct !== null ? (
            <g class="tl-horizon" data-testid="timeline-horizon">
              <title>{t('lgHorizon')(formatDate(data.horizon!))}</title>
              <line x1={`${horizonPct}%`} x2={`${horizonPct}%`} y1={AXIS_H - 4} y2={height} />
            </g>
          ) : null}
          {rows.map((row) => {
            const r = rowY.get(row.id)!;
            return <line key={row.id} x1="0" x2="100%" y1={r.y + r.h + GAP / 2} y2={r.y + r.h + GAP / 2} class="tl-row-rule" />;
          })}
          {visible.map((i) => {
            const r = rowY.get(i.row)!;
            return <Item key={i.id} item={i} win={win} y={r.y} h={r.h} widthPx={widthPx} focusable={i.id === focusId} onFocus={() => setCurrent(i.id)} onHover={() => setHovered(i.id)} />;
          })}
        </svg>
      </div>
      <p id="tl-help" class="small muted">
        {t('tlHelp')}
      </p>
      <div class="tl-details" aria-live="polite" data-testid="timeline-selected">
        {selected ? (
          <p>
            <strong>{t('tlSelected')}</strong> {selected.title}
            {selected.href ? (
              <>
                {' '}
                <a href={selected.href}>{t('tlOpen')}</a>
              </>
            ) : null}
          </p>
        ) : (
          <p class="muted">{t('tlFocusHint')}</p>
        )}
      </div>
      <p class="small">
        {t('tlTables')} <a href="#timeline-tables">{t('tlBelow')}</a>
        {t('tlFiles')} <a href={paths.downloads(org)}>{t('downloads')}</a>.
      </p>
    </div>
  );
}

/** One bar or mark. Its label is clipped to the bar (a nested svg) and shown only where it fits. */
function Item({ item: i, win, y, h, widthPx, focusable, onFocus, onHover }: { item: TimelineItem; win: TimeWindow; y: number; h: number; widthPx: number; focusable: boolean; onFocus: () => void; onHover: () => void }) {
  const isMark = i.start === i.end;
  const x1 = percentOf(win, i.start);
  const x2 = isMark ? x1 : percentOf(win, i.end);
  const barPx = ((x2 - x1) / 100) * widthPx;
  // A label never sits under the hatching of an uncertain start: it begins after it.
  const offset = i.uncertainUntil && i.uncertainUntil > i.start ? ((percentOf(win, i.uncertainUntil) - x1) / 100) * widthPx + 4 : 5;
  // Where the holder is only presumed, the bar is faded: a label stays on the solid part.
  const presumed = i.presumedFrom !== undefined && i.presumedFrom < i.end ? percentOf(win, i.presumedFrom < i.start ? i.start : i.presumedFrom) : null;
  const solidPx = presumed !== null ? ((presumed - x1) / 100) * widthPx : barPx;
  const room = solidPx - offset - 4;
  const bold = i.style === 'recorded';
  const label = room >= textWidth(i.label, bold) ? i.label : i.short && room >= textWidth(i.short, bold) ? i.short : '';
  const flag = !label && barPx >= 19 ? flagUrl(i.party) : undefined;
  const common = {
    'data-item': i.id,
    'data-row': i.row,
    class: `tl-item tl-${i.style}${i.certainty ? ` tl-c-${i.certainty}` : ''}${i.planned ? ' tl-planned' : ''}`,
    'aria-label': i.title,
    // Lower case: SVG attributes are case-sensitive, and only `tabindex` takes effect on them.
    tabindex: focusable ? 0 : -1,
    onFocus,
    onPointerEnter: onHover,
  };
  const shape = isMark ? (
    <svg x={`${x1}%`} y={y} width="1" height={h} overflow="visible">
      {i.style === 'extraordinary' ? <path d={`M 0 4 L 8 ${h / 2} L 0 ${h - 4} L -8 ${h / 2} Z`} class="tl-mark" /> : <circle cx="0" cy={h / 2} r={i.style === 'ordinary' ? 6.5 : 6} class="tl-mark" />}
    </svg>
  ) : (
    <>
      <rect x={`${x1}%`} y={y} width={`${Math.max(0.25, x2 - x1)}%`} height={h} rx={3} class="tl-bar" />
      {presumed !== null ? <rect x={`${presumed}%`} y={y} width={`${Math.max(0, x2 - presumed)}%`} height={h} rx={3} class="tl-presumed" /> : null}
      {i.uncertainUntil && i.uncertainUntil > i.start ? (
        <rect x={`${x1}%`} y={y} width={`${Math.max(0, percentOf(win, i.uncertainUntil) - x1)}%`} height={h} rx={3} class="tl-uncertain" />
      ) : null}
      {flag ? (
        <svg x={`${x1}%`} y={y} width={`${x2 - x1}%`} height={h}>
          <image href={flag} x={Math.max(1.5, Math.min(offset - 1, barPx - 17.5))} y={(h - 12) / 2} width="16" height="12" preserveAspectRatio="xMidYMid slice" class="tl-flag" />
        </svg>
      ) : null}
      {label ? (
        <svg x={`${x1}%`} y={y} width={`${x2 - x1}%`} height={h}>
          <text x={offset} y={h / 2} dy="0.35em" class="tl-label" aria-hidden="true">
            {label}
          </text>
        </svg>
      ) : null}
    </>
  );
  // The accessible name is the aria-label (no <title>: its text would count as the link's visible
  // text); pointing at an item shows the same words in the details line below the chart.
  return i.href ? (
    <a href={i.href} {...common}>
      {shape}
    </a>
  ) : (
    <g role="img" {...common}>
      {shape}
    </g>
  );
}
