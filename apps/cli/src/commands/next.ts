import { history, project, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { resolveOffice } from '../args/resolve';
import { officeName } from '../render/decision';
import { describeTenure } from '@turnus/core/describe';
import { endText, holderText, shortStartText, tenureJson, type TenureJson } from '../render/holding';
import { findRule, ruleSentence } from '../render/rule';
import type { Style } from '../render/style';
import { columns, wrap } from '../render/text';

/** `turnus next <office> --json`: the projected periods from the one under way today, each naming its rule. */
export function nextJson(record: OrganizationRecord, officeArg: string, today: PlainDate, count: number): TenureJson[] {
  const office = resolveOffice(record, officeArg);
  return project(record, office.id, { today, count }).map((t) => tenureJson(record, t, t.start));
}

/** The period's certainty in the core's words, then what is estimated or overdue about its dates. */
function flags(record: OrganizationRecord, t: Tenure): string {
  return [describeTenure(record, t).label, t.estimated ? 'dates estimated' : '', t.overdue ? 'overdue: not recorded' : ''].filter(Boolean).join(', ');
}

const SURE = new Set(['recorded', 'certain-by-rule']);

/** `turnus next <office>` as text: the projected periods and, for each rule used, the sentence that states it. */
export function nextText(record: OrganizationRecord, officeArg: string, today: PlainDate, count: number, style: Style): string {
  const office = resolveOffice(record, officeArg);
  const tenures = project(record, office.id, { today, count });
  const name = officeName(record, office.id);
  if (tenures.length === 0) {
    const last = history(record, office.id).at(-1);
    const reason =
      office.rules.length === 0
        ? 'the record gives it no rule'
        : last?.termEndUnknown
          ? `the current term was extended for a length no source gives, so no successor can be dated (${holderText(record, last, today)} holds it)`
          : last?.reason?.code === 'holdover'
            ? 'by rule the holder remains in office until a successor takes office, on a day no rule fixes'
            : 'its rule gives no further period from the record as it stands';
    return `${style.bold(`${name}: no projection after ${today}`)}\n  Nothing can be projected: ${reason}.\n`;
  }
  const lines = [style.bold(`${name}: ${tenures.length} projected period${tenures.length === 1 ? '' : 's'} from ${today}`)];
  const rules = [...new Set(tenures.map((t) => t.rule))];
  for (const id of rules) {
    const rule = findRule(office, id);
    if (rule) lines.push(`  ${wrap(`rule ${rule.id} (${rule.role}): ${ruleSentence(record, office, rule)}`, 78, 4)}`);
  }
  const rows = tenures.map((t) => [shortStartText(t), '→', endText(t).replace(/ \(.*\)$/, ''), holderText(record, t, t.start), rules.length > 1 ? (t.rule ?? '') : '', SURE.has(t.certainty ?? '') ? flags(record, t) : style.warn(flags(record, t))]);
  lines.push(...columns([['from', '', 'to', 'holder', rules.length > 1 ? 'rule' : '', ''].map((h) => (h ? style.dim(h) : '')), ...rows]).map((line) => `  ${line}`));
  // Say once per kind why a period is not certain, in the core's words.
  const seen = new Set<string>();
  for (const t of tenures) {
    if (SURE.has(t.certainty ?? '')) continue;
    const sentence = describeTenure(record, t).why;
    if (!sentence) continue;
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    lines.push(`  ${wrap(`${shortStartText(t)}: ${sentence}`, 78, 4)}`);
  }
  return lines.join('\n') + '\n';
}
