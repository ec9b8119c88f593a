import { holderOn, type Holding, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { resolveOffice } from '../args/resolve';
import { officeName } from '../render/decision';
import { holderText, holdingJson, periodText, startText, type TenureJson } from '../render/holding';
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
    lines.push(`${style.bold(title)}: nobody`, '  The record has no holder that day.');
  } else if (holding.status === 'uncertain') {
    const projected = holding.candidates.some((t) => t.basis === 'projected');
    lines.push(
      `${style.bold(title)}: uncertain`,
      projected ? '  By rule the office changes hands around then, on a day not yet known. Either:' : '  The record knows the office changed hands around then, not the day. Either:',
    );
    holding.candidates.forEach((tenure, i) => {
      const next = holding.candidates[i + 1];
      // A period ending where an imprecise one starts ends just as imprecisely.
      const end = next && tenure.end === next.start && next.startPrecision !== 'day' ? startText(next) : (tenure.end ?? '(open)');
      lines.push(`  - ${holderText(record, tenure, on)}, ${startText(tenure)} → ${end} (${tenure.basis})`);
    });
  } else {
    const tenure = holding.tenure;
    lines.push(`${style.bold(title)}: ${holderText(record, tenure, on)}`);
    const basis = tenure.basis === 'projected' ? style.warn(`projected by rule ${tenure.rule ?? ''}`.trim()) : 'recorded';
    const flags = [tenure.estimated ? 'dates estimated' : '', tenure.overdue ? 'overdue by rule' : ''].filter(Boolean);
    lines.push(`  period   ${periodText(tenure)}, ${basis}${flags.length ? ` (${flags.join(', ')})` : ''}`);
    if (tenure.termEnd) {
      const over = tenure.termEnd <= today && (tenure.end === null || tenure.end > tenure.termEnd);
      lines.push(`  term     ${over ? style.warn(`ended by rule on ${tenure.termEnd}`) : `ends by rule on ${tenure.termEnd}`}`);
    }
    if (tenure.decisions.length) lines.push(`  decided  ${tenure.decisions.join(', ')}`);
    const sources = sourceLines(record, tenure.sources);
    if (sources.length) lines.push(...sources.map((line, i) => `${i === 0 ? '  sources  ' : '           '}${line}`));
  }
  return lines.join('\n') + '\n';
}
