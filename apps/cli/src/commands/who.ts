import { holderOn, type Holding, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { resolveOffice } from '../args/resolve';
import { officeName } from '../render/decision';
import { describeReason } from '@turnus/core/describe';
import { endText, holderText, holdingJson, periodText, startText, termEndText, type TenureJson } from '../render/holding';
import { sourceLines } from '../render/sources';
import type { Style } from '../render/style';

/** `turnus who <office> --json`: the holding in the JSON contract's shape. */
export function whoJson(record: OrganizationRecord, officeArg: string, on: PlainDate, today: PlainDate): TenureJson {
  const office = resolveOffice(record, officeArg);
  return holdingJson(record, office.id, on, holderOn(record, office.id, on, { today }));
}

/** `turnus who <office>` as text: the holder that day, the period, its basis and its sources. */
export function whoText(record: OrganizationRecord, officeArg: string, on: PlainDate, today: PlainDate, style: Style): string {
  const office = resolveOffice(record, officeArg);
  const holding: Holding = holderOn(record, office.id, on, { today });
  const title = `${officeName(record, office.id)} on ${on}`;
  const lines: string[] = [];
  if (holding.status === 'vacant') {
    // "Nobody" only when the rule says so; otherwise the record is silent, which is not a vacancy.
    if (holding.reason) lines.push(`${style.bold(title)}: nobody`, `  ${describeReason(record, holding.reason)}`);
    else lines.push(`${style.bold(title)}: not recorded`, '  The record names no holder that day; that does not mean the office was vacant.');
  } else if (holding.status === 'uncertain') {
    lines.push(`${style.bold(title)}: uncertain`, `  ${describeReason(record, holding.reason)} Either:`);
    holding.candidates.forEach((tenure) => {
      const basis = tenure.basis === 'recorded' ? 'recorded' : tenure.basis === 'rule' ? 'by rule' : 'expected by rule';
      lines.push(`  - ${holderText(record, tenure, on)}, ${startText(tenure)} → ${endText(tenure)} (${basis})`);
    });
  } else {
    const tenure = holding.tenure;
    lines.push(`${style.bold(title)}: ${holderText(record, tenure, on)}`);
    const basis = tenure.basis === 'recorded' ? 'recorded' : style.warn(`by rule${tenure.rule ? ` ${tenure.rule}` : ''}`);
    const flags = [tenure.estimated ? 'dates estimated' : '', tenure.overdue ? 'overdue by rule' : ''].filter(Boolean);
    lines.push(`  period   ${periodText(tenure)}, ${basis}${flags.length ? ` (${flags.join(', ')})` : ''}`);
    if (tenure.reason) lines.push(`  why      ${describeReason(record, tenure.reason)}`);
    const termEnd = termEndText(tenure, record);
    if (termEnd) {
      const over = tenure.termEnd !== undefined && tenure.termEnd <= today && (tenure.end === null || tenure.end > tenure.termEnd);
      lines.push(`  term     ${tenure.termEndUnknown ? `end ${termEnd}` : over ? style.warn(`ended by rule on ${termEnd}`) : `ends by rule on ${termEnd}`}`);
    }
    if (tenure.decisions.length) lines.push(`  decided  ${tenure.decisions.join(', ')}`);
    const sources = sourceLines(record, tenure.sources);
    if (sources.length) lines.push(...sources.map((line, i) => `${i === 0 ? '  sources  ' : '           '}${line}`));
  }
  return lines.join('\n') + '\n';
}
