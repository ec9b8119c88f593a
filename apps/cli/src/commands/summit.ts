import { earliestDay, partyDisplayName, type OrganizationRecord } from '@turnus/core';
import { resolveSummit } from '../args/resolve';
import { describeDecision } from '../render/decision';
import { sourceLines } from '../render/sources';
import type { Style } from '../render/style';
import { columns } from '../render/text';
import { decisionsAt, ordinalText, summitJson, type SummitJson } from './summits';

/** `turnus summit <ordinal|id> --json`. */
export function summitDetailJson(record: OrganizationRecord, name: string): SummitJson {
  return summitJson(record, resolveSummit(record, name));
}

/** `turnus summit <ordinal|id>` as text: the summit, what was decided there, and the sources. */
export function summitText(record: OrganizationRecord, name: string, style: Style): string {
  const s = resolveSummit(record, name);
  const on = earliestDay(s.date);
  const number = s.ordinal !== undefined ? `${ordinalText(s.ordinal)} ${s.series ? `${s.series} ` : ''}summit` : `${s.kind} summit`;
  const lines = [style.bold(`${s.name ?? number}`) + style.dim(`  (${s.id})`)];
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`  ${label.padEnd(8)} ${value}`);
  };
  field('date', s.endDate ? `${s.date} to ${s.endDate}` : s.date);
  field('kind', [s.ordinal !== undefined ? number : s.kind, s.mode, s.status === 'held' ? 'held' : style.warn(s.status)].filter(Boolean).join(', '));
  field('host', s.host ? partyDisplayName(record, s.host, on) : undefined);
  field('place', [s.city, s.venue].filter(Boolean).join(', ') || undefined);
  field('theme', s.theme);
  const decisions = decisionsAt(record, s);
  lines.push('', style.bold(`Decisions (${decisions.length})`));
  if (decisions.length === 0) lines.push('  none recorded');
  else lines.push(...columns(decisions.map((d) => [d.date, describeDecision(record, d), style.dim(d.id)])).map((l) => `  ${l}`));
  if (s.notes?.length) {
    lines.push('', style.bold('Notes'));
    for (const note of s.notes) lines.push(`  - ${note}`);
  }
  const sources = sourceLines(record, s.sources ?? []);
  if (sources.length) lines.push('', style.bold('Sources'), ...sources.map((l) => `  ${l}`));
  return lines.join('\n') + '\n';
}
