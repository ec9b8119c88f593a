import { project, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { resolveOffice } from '../args/resolve';
import { officeName } from '../render/decision';
import { holderText, shortStartText, tenureJson, type TenureJson } from '../render/holding';
import { findRule, ruleSentence } from '../render/rule';
import type { Style } from '../render/style';
import { columns, wrap } from '../render/text';

/** `turnus next <office> --json`: the projected periods from the one under way today, each naming its rule. */
export function nextJson(record: OrganizationRecord, officeArg: string, today: PlainDate, count: number): TenureJson[] {
  const office = resolveOffice(record, officeArg);
  return project(record, office.id, { today, count }).map((t) => tenureJson(record, t, t.start));
}

function flags(t: Tenure): string {
  return [t.estimated ? 'dates estimated' : '', t.overdue ? 'overdue by rule' : ''].filter(Boolean).join(', ');
}

/** `turnus next <office>` as text: the projected periods and, for each rule used, the sentence that states it. */
export function nextText(record: OrganizationRecord, officeArg: string, today: PlainDate, count: number, style: Style): string {
  const office = resolveOffice(record, officeArg);
  const tenures = project(record, office.id, { today, count });
  const name = officeName(record, office.id);
  if (tenures.length === 0) {
    const reason = office.rules.length === 0 ? 'the record gives it no rule' : 'its rule gives no further period from the record as it stands';
    return `${style.bold(`${name}: no projection after ${today}`)}\n  Nothing can be projected: ${reason}.\n`;
  }
  const lines = [style.bold(`${name}: ${tenures.length} projected period${tenures.length === 1 ? '' : 's'} from ${today}`)];
  const rules = [...new Set(tenures.map((t) => t.rule))];
  for (const id of rules) {
    const rule = findRule(office, id);
    if (rule) lines.push(`  ${wrap(`rule ${rule.id} (${rule.role}): ${ruleSentence(record, office, rule)}`, 78, 4)}`);
  }
  const rows = tenures.map((t) => [shortStartText(t), '→', t.end ?? '(open)', holderText(record, t, t.start), rules.length > 1 ? (t.rule ?? '') : '', flags(t) ? style.warn(flags(t)) : '']);
  lines.push(...columns([['from', '', 'to', 'holder', rules.length > 1 ? 'rule' : '', ''].map((h) => (h ? style.dim(h) : '')), ...rows]).map((line) => `  ${line}`));
  return lines.join('\n') + '\n';
}
