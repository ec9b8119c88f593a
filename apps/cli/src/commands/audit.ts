import { history, partyDisplayName, type OrganizationRecord, type PlainDate, type Rule, type Tenure } from '@turnus/core';
import { audit, type AuditEntry, type Departure } from '@turnus/core/audit';
import { resolveOffice } from '../args/resolve';
import { officeName } from '../render/decision';
import { endText, holderJson, holderText, shortStartText, tenureJson, type HolderJson } from '../render/holding';
import { ruleSentence } from '../render/rule';
import type { Style } from '../render/style';
import { columns, wrap } from '../render/text';

/** One period measured against one rule version. */
export interface AuditCheckJson {
  readonly rule: string;
  readonly role: Rule['role'];
  readonly expected: string | null;
  readonly expectedName: string | null;
  readonly applied: readonly string[];
  readonly departures: readonly Departure[];
  /** `follows`: no departure; `explained`: every departure has a decision that explains it; `departs`: at least one has none. */
  readonly verdict: 'follows' | 'explained' | 'departs';
}

/** `turnus audit <office> --json`. */
export interface AuditJson {
  readonly org: string;
  readonly office: string;
  readonly rules: readonly { id: string; role: Rule['role']; kind: Rule['kind']; from: string; to: string | null; description: string }[];
  readonly periods: readonly { start: string; startPrecision?: string; startUncertainUntil?: string; end: string | null; endPrecision?: string; endUncertainUntil?: string; holder: HolderJson; checks: readonly AuditCheckJson[] }[];
  readonly summary: readonly { rule: string; role: Rule['role']; periods: number; follows: number; explained: number; departs: number }[];
}

function verdict(entry: AuditEntry): AuditCheckJson['verdict'] {
  if (entry.departures.length === 0) return 'follows';
  return entry.departures.every((d) => d.explainedBy.length > 0) ? 'explained' : 'departs';
}

function checkJson(record: OrganizationRecord, entry: AuditEntry): AuditCheckJson {
  return {
    rule: entry.rule,
    role: entry.role,
    expected: entry.expected,
    expectedName: entry.expected === null ? null : partyDisplayName(record, entry.expected, entry.tenure.start),
    applied: entry.applied,
    departures: entry.departures,
    verdict: verdict(entry),
  };
}

function auditOf(record: OrganizationRecord, officeArg: string, today?: PlainDate) {
  const office = resolveOffice(record, officeArg);
  const entries = audit(record, office.id, today ? { today } : {});
  // history() ends the last period where its rule ends it: a new object, so match by first day.
  const tenures = history(record, office.id);
  const byStart = new Map<string, AuditEntry[]>();
  for (const entry of entries) byStart.set(entry.tenure.start, [...(byStart.get(entry.tenure.start) ?? []), entry]);
  const byTenure = new Map<Tenure, AuditEntry[]>(tenures.map((t) => [t, byStart.get(t.start) ?? []]));
  return { office, entries, tenures, byTenure };
}

export function auditJson(record: OrganizationRecord, officeArg: string, today?: PlainDate): AuditJson {
  const { office, entries, tenures, byTenure } = auditOf(record, officeArg, today);
  return {
    org: record.organization.id,
    office: office.id,
    rules: office.rules.map((r) => ({ id: r.id, role: r.role, kind: r.kind, from: r.from, to: r.to ?? null, description: ruleSentence(record, office, r) })),
    periods: tenures.map((t) => {
      // Dates as precise as the sources, with their precision and window, as in who --json.
      const { start, startPrecision, startUncertainUntil, end, endPrecision, endUncertainUntil } = tenureJson(record, t, t.start);
      return {
        start: start ?? t.start,
        ...(startPrecision ? { startPrecision } : {}),
        ...(startUncertainUntil ? { startUncertainUntil } : {}),
        end,
        ...(endPrecision ? { endPrecision } : {}),
        ...(endUncertainUntil ? { endUncertainUntil } : {}),
        holder: holderJson(record, t, t.start),
        checks: (byTenure.get(t) ?? []).map((e) => checkJson(record, e)),
      };
    }),
    summary: office.rules.map((r) => {
      const mine = entries.filter((e) => e.rule === r.id).map(verdict);
      return { rule: r.id, role: r.role, periods: mine.length, follows: mine.filter((v) => v === 'follows').length, explained: mine.filter((v) => v === 'explained').length, departs: mine.filter((v) => v === 'departs').length };
    }),
  };
}

/**
 * `turnus audit <office>` as text: one row per recorded period with, for each rule version (the
 * stated rule and the practice), the party it expected and whether the period follows it; then
 * every departure with the decisions that explain it, or none.
 */
export function auditText(record: OrganizationRecord, officeArg: string, style: Style, today?: PlainDate): string {
  const { office, entries, tenures, byTenure } = auditOf(record, officeArg, today);
  const name = officeName(record, office.id);
  const lines = [style.bold(`Audit of the ${name}: ${tenures.length} recorded period${tenures.length === 1 ? '' : 's'} against ${office.rules.length} rule version${office.rules.length === 1 ? '' : 's'}`)];
  if (office.rules.length === 0) {
    lines.push('  The record gives this office no rule, so there is nothing to measure it against.');
    return lines.join('\n') + '\n';
  }
  for (const rule of office.rules) lines.push('', wrap(`${style.bold(rule.id)} (${rule.role}): ${ruleSentence(record, office, rule)}`, 80, 2));

  const mark = (entry: AuditEntry | undefined) => {
    if (!entry) return style.dim('not in force');
    const expected = entry.expected ?? '—';
    const v = verdict(entry);
    const kinds = [...new Set(entry.departures.map((d) => d.kind))].join(', ');
    if (v === 'follows') return `${expected} ✓`;
    if (v === 'explained') return `${expected} ~ ${kinds} (explained)`;
    return style.warn(`${expected} ✗ ${kinds}`);
  };
  const header = ['from', 'to', 'holder', ...office.rules.map((r) => `${r.id} expects`)].map((h) => style.dim(h));
  const rows = tenures.map((t) => {
    const mine = byTenure.get(t) ?? [];
    return [shortStartText(t), endText(t), holderText(record, t, t.start), ...office.rules.map((r) => mark(mine.find((e) => e.rule === r.id)))];
  });
  lines.push('', ...columns([header, ...rows]).map((l) => `  ${l}`));

  for (const rule of office.rules) {
    const departing = entries.filter((e) => e.rule === rule.id && e.departures.length > 0);
    const count = entries.filter((e) => e.rule === rule.id).length;
    const unexplained = departing.filter((e) => verdict(e) === 'departs').length;
    lines.push('', style.bold(`Departures from ${rule.id} (${rule.role}): ${departing.length} of ${count} period${count === 1 ? '' : 's'}${departing.length ? `, ${unexplained} with no decision to explain ${unexplained === 1 ? 'it' : 'them'}` : ''}`));
    if (departing.length === 0) lines.push('  none: every period follows this rule.');
    for (const entry of departing) {
      for (const d of entry.departures) {
        const why = d.explainedBy.length ? `explained by ${d.explainedBy.join(', ')}` : style.warn('no decision explains it');
        lines.push(`  ${wrap(`${shortStartText(entry.tenure)} ${d.kind}: ${d.message}; ${why}`, 78, 4)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
