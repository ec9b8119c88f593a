import { earliestDay, partyDisplayName, type Decision, type OrganizationRecord, type Summit, type SummitKind } from '@turnus/core';
import { SUMMIT_KINDS } from '../args/choices';
import { CliError } from '../errors';
import type { Style } from '../render/style';
import { columns } from '../render/text';


/** A summit in the JSON contract's shape (`summits --json`, `summit --json`). */
export interface SummitJson {
  readonly id: string;
  readonly ordinal: number | null;
  readonly series: string | null;
  readonly kind: SummitKind;
  readonly status: Summit['status'];
  readonly mode: Summit['mode'] | null;
  readonly name: string | null;
  readonly date: string;
  readonly endDate: string | null;
  readonly host: string | null;
  readonly hostName: string | null;
  readonly city: string | null;
  readonly decisions: readonly Decision[];
  readonly sources: readonly string[];
}

/** The decisions taken at a summit, in date order (the record's order among equal dates). */
export function decisionsAt(record: OrganizationRecord, summit: Summit): Decision[] {
  return record.decisions
    .map((decision, index) => ({ decision, index }))
    .filter(({ decision }) => decision.summit === summit.id)
    .sort((a, b) => (a.decision.date < b.decision.date ? -1 : a.decision.date > b.decision.date ? 1 : a.index - b.index))
    .map(({ decision }) => decision);
}

export function summitJson(record: OrganizationRecord, summit: Summit): SummitJson {
  return {
    id: summit.id,
    ordinal: summit.ordinal ?? null,
    series: summit.series ?? null,
    kind: summit.kind,
    status: summit.status,
    mode: summit.mode ?? null,
    name: summit.name ?? null,
    date: summit.date,
    endDate: summit.endDate ?? null,
    host: summit.host ?? null,
    hostName: summit.host ? partyDisplayName(record, summit.host, earliestDay(summit.date)) : null,
    city: summit.city ?? null,
    // Each decision as in the record, its id and type first.
    decisions: decisionsAt(record, summit).map((d) => Object.assign({ id: d.id, type: d.type }, d)),
    sources: summit.sources ?? [],
  };
}

/** Summits in date order, optionally of one kind. */
export function selectSummits(record: OrganizationRecord, kind: string | undefined): Summit[] {
  if (kind !== undefined && !(SUMMIT_KINDS as readonly string[]).includes(kind)) {
    throw new CliError('E_INVALID_OPTION', `--kind ${JSON.stringify(kind)} is not a kind of summit`, { hint: `Kinds: ${SUMMIT_KINDS.join(', ')}` });
  }
  return record.summits
    .map((summit, index) => ({ summit, index }))
    .filter(({ summit }) => kind === undefined || summit.kind === kind)
    .sort((a, b) => {
      const x = earliestDay(a.summit.date);
      const y = earliestDay(b.summit.date);
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    })
    .map(({ summit }) => summit);
}

export function summitsJson(record: OrganizationRecord, kind: string | undefined): SummitJson[] {
  return selectSummits(record, kind).map((s) => summitJson(record, s));
}

/** "8th", "11th", "22nd". */
export function ordinalText(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `turnus summits` as text: one line per summit. */
export function summitsText(record: OrganizationRecord, kind: string | undefined, style: Style): string {
  const summits = selectSummits(record, kind);
  if (summits.length === 0) return `${record.summits.length === 0 ? `The record of ${record.organization.id} has no summits.` : `No ${kind ?? ''} summits in the record of ${record.organization.id} (turnus summits lists all ${record.summits.length}).`.replace('No  ', 'No ')}\n`;
  const title = `${summits.length} ${kind ? `${kind} ` : ''}summit${summits.length === 1 ? '' : 's'}`;
  const rows = summits.map((s) => {
    const host = s.host ? partyDisplayName(record, s.host, earliestDay(s.date)) : '';
    const place = [s.city, host].filter(Boolean).join(', ') || (s.mode === 'online' ? 'online' : '');
    const count = decisionsAt(record, s).length;
    return [
      s.date,
      s.ordinal !== undefined ? `${ordinalText(s.ordinal)}${s.series ? '*' : ''}` : '',
      s.kind,
      place,
      s.status === 'held' ? '' : style.warn(s.status),
      count ? `${count} decision${count === 1 ? '' : 's'}` : '',
      s.id,
    ];
  });
  const footnote = summits.some((s) => s.series !== undefined && s.ordinal !== undefined) ? ['', style.dim('  * numbered in another series (see turnus summit <id>)')] : [];
  return [style.bold(title), ...columns([['date', 'no.', 'kind', 'where', 'status', 'decisions', 'id'].map((h) => style.dim(h)), ...rows]).map((l) => `  ${l}`), ...footnote, ''].join('\n');
}
