import { organizationName, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { formatWindow, partialDateOf } from '@turnus/core/describe';
import { due, type DueItem } from '@turnus/core/due';
import type { Style } from '../render/style';
import { wrap } from '../render/text';

/** The exit code of `turnus due` when something is due (0 when nothing is). */
export const EXIT_DUE = 3;

/** One item of `turnus due --json`: every field present, `null` when it does not apply. */
export interface DueItemJson {
  readonly kind: DueItem['kind'];
  readonly severity: DueItem['severity'];
  readonly office: string | null;
  readonly summit: string | null;
  readonly gap: string | null;
  /** The day, or `"2026"` / `"2026-05"` when only the year or month is known. */
  readonly date: string;
  readonly dateUntil: PlainDate | null;
  readonly expected: string | null;
  readonly holder: { readonly party: string | null; readonly person: string | null } | null;
  readonly reason: string | null;
  readonly message: string;
  readonly command: string | null;
  readonly alternatives: readonly string[];
}

/** `turnus due --json`. */
export interface DueJson {
  readonly org: string;
  readonly today: PlainDate;
  readonly asOf: PlainDate;
  /** The record's knowledge horizon: the day through which it has every event its sources report. */
  readonly horizon: PlainDate | null;
  readonly staleAfter: string;
  readonly count: number;
  readonly items: readonly DueItemJson[];
}

/** The record commands as the user would run them: on the file given with --data, when there is one. */
function withData(command: string, data: string | undefined): string {
  if (data === undefined) return command;
  const path = /^[\w./@+-]+$/.test(data) ? data : `'${data.replace(/'/g, `'\\''`)}'`;
  return command.replace(/^turnus record /, `turnus --data ${path} record `);
}

/** What is due in a record on `today`; `data` is the file given with --data, to write into the commands. */
export function dueItems(record: OrganizationRecord, today: PlainDate, data?: string): DueItem[] {
  return due(record, { today }).map((item) => ({
    ...item,
    command: item.command === null ? null : withData(item.command, data),
    ...(item.alternatives ? { alternatives: item.alternatives.map((c) => withData(c, data)) } : {}),
  }));
}

/** `turnus due --json`: the stable contract (see the README). */
export function dueJson(record: OrganizationRecord, items: readonly DueItem[], today: PlainDate): DueJson {
  return {
    org: record.organization.id,
    today,
    asOf: record.asOf,
    horizon: record.horizon ?? null,
    staleAfter: record.staleAfter ?? 'P6M',
    count: items.length,
    items: items.map((d) => ({
      kind: d.kind,
      severity: d.severity,
      office: d.office ?? null,
      summit: d.summit ?? null,
      gap: d.gap ?? null,
      ...partialJson(d.date, d.dateUntil),
      expected: d.expected ?? null,
      holder: d.holder ?? null,
      reason: d.reason?.code ?? null,
      message: d.message,
      command: d.command,
      alternatives: d.alternatives ?? [],
    })),
  };
}

/** The JSON `date` as precise as it is known ("2026", "2026-05" or a day) and `dateUntil` only where it says more than that. */
function partialJson(date: PlainDate, until: PlainDate | undefined): { date: string; dateUntil: PlainDate | null } {
  const partial = partialDateOf(date, until);
  return partial !== undefined ? { date: partial, dateUntil: null } : { date, dateUntil: until ?? null };
}

/** `turnus due` as text: a heading, then each item with its date, message and command. */
export function dueText(record: OrganizationRecord, items: readonly DueItem[], today: PlainDate, style: Style, data?: string): string {
  const names = organizationName(record, today);
  const org = names.abbreviation ? `${names.name} (${names.abbreviation})` : names.name;
  if (items.length === 0) return `${style.bold(`${org}: nothing due on ${today}`)}\n  The record (as of ${record.asOf}) is current: every period its rules give is recorded and nothing is overdue.\n`;
  const actions = items.filter((d) => d.severity === 'action').length;
  const reviews = items.length - actions;
  const counts = [actions ? `${actions} to record` : '', reviews ? `${reviews} to review` : ''].filter(Boolean).join(', ');
  const lines = [style.bold(`${org}: ${items.length} ${items.length === 1 ? 'thing' : 'things'} due on ${today} (${counts}; record as of ${record.asOf})`), ''];
  for (const d of items) {
    // A day known only to the month or year is written as such ("2026"), never as its first day.
    const when = formatWindow(d.date, d.dateUntil, 'iso');
    const mark = d.severity === 'action' ? style.warn('action') : style.dim('review');
    lines.push(`${mark}  ${when.padEnd(11)} ${style.dim(d.kind)}`);
    lines.push(`  ${wrap(d.message, 78, 2)}`);
    if (d.command) lines.push(`  ${style.accent(d.command)}`);
    for (const alt of d.alternatives ?? []) lines.push(`  ${style.dim('or:')} ${style.accent(alt)}`);
    lines.push('');
  }
  lines.push(style.dim('Replace <url> with the page that states it, YYYY-MM-DD with the day, <name> and <party> with the facts.'));
  if (!data) lines.push(style.dim(`The commands write to a record file: add --data PATH (in the repository, packages/data/records/${record.organization.id}).`));
  return lines.join('\n') + '\n';
}
