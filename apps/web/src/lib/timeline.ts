import {
  addDays,
  daysBetween,
  earliestDay,
  history,
  holderOn,
  membershipHistory,
  project,
  type OrganizationRecord,
  type PlainDate,
  type Summit,
  type Tenure,
  tenureCertainty,
  type Certainty,
} from '@turnus/core';
import { describeHolding, describeTenure } from '@turnus/core/describe';
import { formatAtPrecision, formatDate } from './dates';
import { sentenceStart } from './sentence';
import { lang } from '../i18n/lang';
import { paths } from './paths';
import { endText, windowText } from './tenure-end';
import { officeName, partyName, statusWord } from './record-text';
import { personName } from './record-text';
import { t as msg } from '../i18n/messages';
import { summitKind } from './summits';

/** A period drawn as a bar, or a summit drawn as a mark. */
export interface TimelineItem {
  readonly id: string;
  readonly row: string;
  readonly start: PlainDate;
  /** Exclusive end; for a running period, today. */
  readonly end: PlainDate;
  /** The end of a window in which the start is uncertain (drawn hatched): the holding is uncertain there. */
  readonly uncertainUntil?: PlainDate;
  /**
   * For a period of an office: how sure the core is of it on its days after the window, as a
   * holding (`holderOn`) says: a projected period is `uncertain` every day (it is only expected).
   */
  readonly certainty?: Certainty;
  /**
   * From this day on the holder is only presumed in office: the day after the last one a source
   * shows them there (drawn faded).
   */
  readonly presumedFrom?: PlainDate;
  readonly label: string;
  /** A shorter label for a narrow bar (a surname, an abbreviation), when there is one. */
  readonly short?: string;
  /** The party the bar stands for (its flag is drawn where the bar is too narrow for a name). */
  readonly party?: string;
  /** The start and end in words, at the precision they are known (for the table view). */
  readonly fromText: string;
  readonly untilText: string;
  /** The full description, for the bar's title and accessible name. */
  readonly title: string;
  readonly style: 'recorded' | 'projected' | 'observer' | 'member' | 'suspended' | 'ordinary' | 'informal' | 'extraordinary';
  readonly planned?: boolean;
  readonly href?: string;
}

export interface TimelineRow {
  readonly id: string;
  readonly label: string;
  /** A shorter label for the picture's narrow label column. */
  readonly short?: string;
  readonly kind: 'office' | 'projection' | 'membership' | 'summits';
}

export interface TimelineData {
  readonly rows: readonly TimelineRow[];
  readonly items: readonly TimelineItem[];
  /** The first and last years with anything to draw. */
  readonly minYear: number;
  readonly maxYear: number;
  /** The record's knowledge horizon: it has every event its sources report through this day. */
  readonly horizon?: PlainDate;
}

/**
 * A drawn period's description, in the core's words: its dates (`describeTenure`), then what the
 * core answers on its days (`describeHolding` of `holderOn`): across an uncertain window the
 * candidates, then the holder and how sure, and from the day a holder is only presumed in office,
 * that and the last day a source shows them there. The same headline the overview gives that day.
 */
function tenureTitle(record: OrganizationRecord, t: Tenure, end: PlainDate, presumedFrom: PlainDate | undefined, today: PlainDate): string {
  const office = officeName(record, t.office);
  const d = describeTenure(record, t, { lang: lang() });
  const at = (day: PlainDate) => describeHolding(record, holderOn(record, t.office, day, { today }), { lang: lang(), on: day }).headline;
  const solid = t.startUncertainUntil !== undefined && t.startUncertainUntil > t.start ? t.startUncertainUntil : t.start;
  const parts: string[] = [];
  if (solid > t.start && solid < end) parts.push(`${windowText(t.start, solid)}: ${at(t.start)}`);
  parts.push(at(solid < end ? solid : t.start));
  if (presumedFrom !== undefined && presumedFrom > solid && presumedFrom < end) parts.push(`${msg('fromDate')(formatDate(presumedFrom))}: ${at(presumedFrom)}`);
  const facts = [
    t.overdue ? msg('overdueShould') : undefined,
    t.termEnd && t.basis === 'recorded' && t.end !== null ? msg('termEndByRule')(windowText(t.termEnd, t.termEndUncertainUntil)) : undefined,
    presumedFrom !== undefined && presumedFrom < end ? (d.lastConfirmed ?? undefined) : undefined,
  ].filter(Boolean);
  return `${office}: ${sentenceStart(d.period)}. ${parts.join('; ')}.${facts.length ? ` ${facts.map((f) => sentenceStart(f!.replace(/\.$/, ''))).join('. ')}.` : ''}`;
}

/**
 * How sure a drawn period is on its days after the uncertain window, as the core's holding on
 * those days says (`holderOn`): a projected period is only expected, so the holding is uncertain;
 * a period whose holder is presumed in office after the last day a source shows them is drawn
 * as sure as the core is up to that day, and faded from the next.
 */
function periodCertainty(record: OrganizationRecord, t: Tenure, drawnEnd: PlainDate): { certainty: Certainty; presumedFrom?: PlainDate } {
  if (t.basis === 'projected') return { certainty: 'uncertain' };
  const first = t.startUncertainUntil ?? t.start;
  const last = drawnEnd > first ? addDays(drawnEnd, -1) : first;
  const atEnd = tenureCertainty(record, t, last);
  if (atEnd.certainty !== 'presumed') return { certainty: tenureCertainty(record, t, first).certainty };
  const from = atEnd.lastConfirmed && atEnd.lastConfirmed.date >= first ? addDays(atEnd.lastConfirmed.date, 1) : first;
  return from > first ? { certainty: tenureCertainty(record, t, addDays(from, -1)).certainty, presumedFrom: from } : { certainty: 'presumed', presumedFrom: first };
}

/**
 * The certainty the timeline draws for `office` on `day` (its office row first, then its
 * projection row), with the party or person of the bar: what a visitor reads off the picture,
 * for checking it against the core's holding that day. `undefined` where no bar covers the day.
 */
export function drawnOn(data: TimelineData, office: string, day: PlainDate): { certainty: Certainty; item: TimelineItem } | undefined {
  const item =
    data.items.find((i) => i.row === office && i.start <= day && day < i.end) ?? data.items.find((i) => i.row === `${office}-projected` && i.start <= day && day < i.end);
  if (!item || item.certainty === undefined) return undefined;
  if (item.uncertainUntil !== undefined && day < item.uncertainUntil) return { certainty: 'uncertain', item };
  if (item.presumedFrom !== undefined && day >= item.presumedFrom) return { certainty: 'presumed', item };
  return { certainty: item.certainty, item };
}

function summitTitle(record: OrganizationRecord, s: Summit): string {
  const where = [s.city, s.host ? partyName(record, s.host, earliestDay(s.date)) : undefined].filter(Boolean).join(', ');
  return `${s.name ?? msg('summit')}: ${summitKind(s.kind)} ${msg('summitWord')}, ${formatDate(s.date)}${where ? `, ${where}` : ''}${s.mode === 'online' ? `, ${msg('online')}` : ''}${s.status === 'planned' ? ` (${msg('planned')})` : ''}`;
}

/**
 * Everything the timeline draws, from the record and today: the recorded periods of each office,
 * the projections by rule (on their own rows, so they never hide the record), each party's
 * membership, and the summits.
 */
export function timelineData(record: OrganizationRecord, today: PlainDate, projectedCount = 5): TimelineData {
  const org = record.organization.id;
  const rows: TimelineRow[] = [];
  const items: TimelineItem[] = [];
  for (const office of record.offices) {
    // The record, then the periods its rule makes certain up to today (a monthly presidency the
    // record does not list): the days holderOn answers from the rule without a projection.
    const recorded = [
      ...history(record, office.id, { continued: true, to: today }).filter((t) => t.basis !== 'projected'),
      // Recorded periods that begin after today (decided in advance).
      ...history(record, office.id).filter((t) => t.start >= today),
    ];
    if (recorded.length === 0) continue;
    rows.push({ id: office.id, label: officeName(record, office.id), kind: 'office' });
    recorded.forEach((t, i) => {
      const label = t.holder.person ? personName(record, t.holder.person) : partyName(record, t.holder.party ?? '', t.start);
      const short = t.holder.person ? label.split(' ').at(-1) : shortPartyName(record, t.holder.party ?? '', t.start);
      // A recorded period the record leaves open ends where the rule's next period begins (a
      // holdover after the term), as holderOn answers: `history` gives it open.
      const next = recorded[i + 1]?.start;
      const open = t.end ?? (today > t.start ? today : t.start);
      const end = next !== undefined && next > t.start && next < open ? next : open;
      const certainty = periodCertainty(record, t, end);
      items.push({
        ...certainty,
        ...(short && short !== label ? { short } : {}),
        ...(t.holder.party ? { party: t.holder.party } : {}),
        id: `${office.id}-${i}`,
        row: office.id,
        start: t.start,
        end,
        ...(t.startUncertainUntil ? { uncertainUntil: t.startUncertainUntil } : {}),
        label,
        fromText: windowText(t.start, t.startUncertainUntil),
        untilText: endText(record, t),
        title: tenureTitle(record, t, end, certainty.presumedFrom, today),
        style: 'recorded',
        ...(t.holder.person ? { href: paths.person(org, t.holder.person) } : {}),
      });
    });
    if (office.rules.length === 0) continue;
    // `project` starts with the period under way, already drawn above when the rule makes it certain.
    const projected = project(record, office.id, { today, count: projectedCount }).filter((t) => !(t.basis !== 'projected' && t.start <= today && recorded.some((r) => r.start === t.start)));
    if (projected.length === 0) continue;
    const rowId = `${office.id}-projected`;
    rows.push({ id: rowId, label: `${officeName(record, office.id)} (${msg('projectedRow')})`, short: msg('projectedRow'), kind: 'projection' });
    projected.forEach((t, i) => {
      const end = t.end ?? t.termEnd ?? t.start;
      const certainty = periodCertainty(record, t, end);
      items.push({
        ...certainty,
        id: `${rowId}-${i}`,
        row: rowId,
        start: t.start,
        end,
        ...(t.startUncertainUntil ? { uncertainUntil: t.startUncertainUntil } : {}),
        // A projected person-held period names a nationality, not a person.
        label: t.holder.person ? personName(record, t.holder.person) : t.holder.party ? partyName(record, t.holder.party, t.start) : msg('holderUnknown'),
        ...(t.holder.party ? { party: t.holder.party, short: shortPartyName(record, t.holder.party, t.start) } : {}),
        fromText: formatAtPrecision(t.start, t.startPrecision),
        untilText: t.end === null ? msg('open') : formatAtPrecision(t.end, t.startPrecision),
        title: tenureTitle(record, t, end, certainty.presumedFrom, today),
        style: 'projected',
      });
    });
  }
  for (const [party, periods] of membershipHistory(record)) {
    const rowId = `party-${party}`;
    const name = partyName(record, party, today);
    const abbreviation = record.parties.find((p) => p.id === party)?.names.en?.abbreviation;
    rows.push({ id: rowId, label: name, ...(abbreviation && name.length > 22 ? { short: abbreviation } : {}), kind: 'membership' });
    periods.forEach((p, i) => {
      if (p.status === 'withdrawn') return;
      const end = p.end ?? (today > p.start ? today : p.start);
      items.push({
        id: `${rowId}-${i}`,
        row: rowId,
        start: p.start,
        end,
        // The row already names the party; a bar only says what is not the usual (observer, suspended).
        label: p.status === 'member' ? '' : statusWord(p.status),
        fromText: formatAtPrecision(p.start, p.startPrecision),
        untilText: p.end === null ? msg('present') : formatDate(p.end),
        title: `${partyName(record, party, p.start)}: ${statusWord(p.status)}, ${msg('fromDate')(formatDate(p.start))}${p.end ? `, ${msg('untilDate')(formatDate(p.end))}` : ''}`,
        style: p.status === 'member' ? 'member' : p.status === 'observer' ? 'observer' : 'suspended',
      });
    });
  }
  rows.push({ id: 'summits', label: msg('summitsRow'), kind: 'summits' });
  for (const s of record.summits) {
    const start = earliestDay(s.date);
    items.push({
      id: `summit-${s.id}`,
      row: 'summits',
      start,
      end: start,
      label: s.city ?? s.name ?? 'Summit',
      fromText: formatDate(s.date),
      untilText: formatDate(s.endDate ?? s.date),
      title: summitTitle(record, s),
      style: s.kind,
      ...(s.status !== 'held' ? { planned: true } : {}),
      href: paths.summit(org, s.id),
    });
  }
  const years = items.flatMap((i) => [Number(i.start.slice(0, 4)), Number(i.end.slice(0, 4))]);
  return { rows, items, minYear: Math.min(...years), maxYear: Math.max(...years), ...(record.horizon ? { horizon: record.horizon } : {}) };
}

/** A party's shortest name that day: its abbreviation, else its name. */
function shortPartyName(record: OrganizationRecord, party: string, date: PlainDate): string {
  const names = record.parties.find((p) => p.id === party)?.names.en;
  return names?.abbreviation ?? partyName(record, party, date);
}

/** A horizontal scale from days to pixels over `[from, to)`. */
export interface Scale {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly x: (date: PlainDate) => number;
}

export function scaleOf(from: PlainDate, to: PlainDate, left: number, width: number): Scale {
  const total = Math.max(1, daysBetween(from, to));
  return { from, to, x: (date) => left + (daysBetween(from, date) / total) * width };
}

/** The items that show in the range `[from, to)`: a period overlapping it, a mark inside it. */
export function itemsInRange(items: readonly TimelineItem[], from: PlainDate, to: PlainDate): TimelineItem[] {
  return items.filter((i) => (i.start === i.end ? i.start >= from && i.start < to : i.start < to && i.end > from));
}

/** Years to label on the axis, at most about a dozen. */
export function yearTicks(fromYear: number, toYear: number): number[] {
  const span = toYear - fromYear;
  const step = span <= 12 ? 1 : span <= 24 ? 2 : span <= 60 ? 5 : 10;
  const ticks: number[] = [];
  for (let y = Math.ceil(fromYear / step) * step; y <= toYear; y += step) ticks.push(y);
  return ticks;
}
