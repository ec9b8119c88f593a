import {
  daysBetween,
  earliestDay,
  history,
  membershipHistory,
  project,
  type OrganizationRecord,
  type PlainDate,
  type Summit,
  type Tenure,
} from '@turnus/core';
import { formatAtPrecision, formatDate } from './dates';
import { paths } from './paths';
import { endText, windowText } from './tenure-end';
import { officeName, partyName, projectedHolderName, statusWord } from './record-text';
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
  /** The end of a window in which the start is uncertain (drawn hatched). */
  readonly uncertainUntil?: PlainDate;
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
}

function tenureTitle(record: OrganizationRecord, t: Tenure, today: PlainDate): string {
  const office = officeName(record, t.office);
  const who = t.basis === 'projected' ? projectedHolderName(record, t) : t.holder.person ? personName(record, t.holder.person) : partyName(record, t.holder.party ?? '', t.start);
  const start =
    t.startUncertainUntil !== undefined
      ? t.basis === 'projected'
        ? msg('fromDate')(formatAtPrecision(t.start, t.startPrecision))
        : msg('fromDate')(windowText(t.start, t.startUncertainUntil))
      : msg('fromDate')(formatDate(t.start));
  const end = t.end === null ? (t.start <= today ? msg('stillInOffice') : msg('open')) : t.basis === 'recorded' ? msg('untilDate')(endText(record, t)) : msg('untilDate')(formatDate(t.end));
  const flags = [
    t.basis === 'projected'
      ? record.offices.some((o) => o.rules.some((r) => r.id === t.rule && r.role === 'practice'))
        ? msg('projectedByPractice')
        : msg('projectedByRule')
      : t.basis === 'rule'
        ? msg('byRule')
        : msg('recorded'),
    t.estimated ? msg('datesEstimated') : undefined,
    t.overdue ? msg('overdueShould') : undefined,
    t.termEnd && t.basis === 'recorded' ? msg('termEndByRule')(windowText(t.termEnd, t.termEndUncertainUntil)) : undefined,
  ].filter(Boolean);
  return `${office}: ${who}, ${start}, ${end} (${flags.join('; ')})`;
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
    const recorded = history(record, office.id);
    if (recorded.length === 0) continue;
    rows.push({ id: office.id, label: officeName(record, office.id), kind: 'office' });
    recorded.forEach((t, i) => {
      const label = t.holder.person ? personName(record, t.holder.person) : partyName(record, t.holder.party ?? '', t.start);
      const short = t.holder.person ? label.split(' ').at(-1) : shortPartyName(record, t.holder.party ?? '', t.start);
      items.push({
        ...(short && short !== label ? { short } : {}),
        ...(t.holder.party ? { party: t.holder.party } : {}),
        id: `${office.id}-${i}`,
        row: office.id,
        start: t.start,
        end: t.end ?? (today > t.start ? today : t.start),
        ...(t.startUncertainUntil ? { uncertainUntil: t.startUncertainUntil } : {}),
        label,
        fromText: windowText(t.start, t.startUncertainUntil),
        untilText: endText(record, t),
        title: tenureTitle(record, t, today),
        style: 'recorded',
        ...(t.holder.person ? { href: paths.person(org, t.holder.person) } : {}),
      });
    });
    if (office.rules.length === 0) continue;
    const projected = project(record, office.id, { today, count: projectedCount });
    if (projected.length === 0) continue;
    const rowId = `${office.id}-projected`;
    rows.push({ id: rowId, label: `${officeName(record, office.id)} (${msg('projectedRow')})`, short: msg('projectedRow'), kind: 'projection' });
    projected.forEach((t, i) => {
      items.push({
        id: `${rowId}-${i}`,
        row: rowId,
        start: t.start,
        end: t.end ?? t.termEnd ?? t.start,
        ...(t.startUncertainUntil ? { uncertainUntil: t.startUncertainUntil } : {}),
        // A projected person-held period names a nationality, not a person.
        label: t.holder.person ? personName(record, t.holder.person) : t.holder.party ? partyName(record, t.holder.party, t.start) : msg('holderUnknown'),
        ...(t.holder.party ? { party: t.holder.party, short: shortPartyName(record, t.holder.party, t.start) } : {}),
        fromText: formatAtPrecision(t.start, t.startPrecision),
        untilText: t.end === null ? msg('open') : formatAtPrecision(t.end, t.startPrecision),
        title: tenureTitle(record, t, today),
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
  return { rows, items, minYear: Math.min(...years), maxYear: Math.max(...years) };
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
