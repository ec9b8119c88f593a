import { holderOn, isPastTermEnd, type Holding, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { resolveOffice } from '../args/resolve';
import { officeName } from '../render/decision';
import { describeHolding } from '@turnus/core/describe';
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
  // The words of the answer are the core's (describeHolding); this command lays them out.
  const words = describeHolding(record, holding, { on });
  const lines: string[] = [];
  if (holding.status === 'vacant') {
    lines.push(`${style.bold(title)}: ${words.headline}`, `  ${words.why}`);
  } else if (holding.status === 'uncertain') {
    lines.push(`${style.bold(title)}: ${words.label}`, `  ${words.why} Either:`);
    holding.candidates.forEach((tenure, i) => {
      lines.push(`  - ${holderText(record, tenure, on)}, ${startText(tenure)} → ${endText(tenure)} (${words.candidates[i]!.label})`);
    });
  } else {
    const tenure = holding.tenure;
    lines.push(`${style.bold(title)}: ${holderText(record, tenure, on)}`);
    const label = holding.certainty === 'recorded' ? words.label : style.warn(`${words.label}${tenure.rule ? ` (${tenure.rule})` : ''}`);
    const flags = [tenure.estimated ? 'dates estimated' : '', tenure.overdue ? 'overdue by rule' : ''].filter(Boolean);
    lines.push(`  period   ${periodText(tenure)}, ${label}${flags.length ? ` (${flags.join(', ')})` : ''}`);
    if (holding.certainty !== 'recorded' && words.why) lines.push(`  why      ${words.why}`);
    if (words.change) lines.push(`  change   ${words.change}`);
    if (words.lastConfirmed) lines.push(`  last     ${words.lastConfirmed}`);
    const termEnd = termEndText(tenure, record);
    if (termEnd) {
      const over = isPastTermEnd(tenure, today);
      lines.push(`  term     ${tenure.termEndUnknown ? `end ${termEnd}` : over ? style.warn(`ended by rule on ${termEnd}`) : `ends by rule on ${termEnd}`}`);
    }
    if (tenure.decisions.length) lines.push(`  decided  ${tenure.decisions.join(', ')}`);
    const sources = sourceLines(record, tenure.sources);
    if (sources.length) lines.push(...sources.map((line, i) => `${i === 0 ? '  sources  ' : '           '}${line}`));
  }
  return lines.join('\n') + '\n';
}
