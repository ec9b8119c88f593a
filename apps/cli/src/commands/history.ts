import { history, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { resolveOffice } from '../args/resolve';
import { officeName } from '../render/decision';
import { endText, holderText, shortStartText, tenureJson, termEndText, type TenureJson } from '../render/holding';
import type { Style } from '../render/style';
import { describeTenure } from '@turnus/core/describe';
import { columns } from '../render/text';

/** The span of days to list: `[from, to)`, either end open. */
export interface HistoryRange {
  readonly from?: PlainDate | undefined;
  readonly to?: PlainDate | undefined;
}

function recorded(record: OrganizationRecord, officeId: string, range: HistoryRange): Tenure[] {
  return history(record, officeId, { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) });
}

/** `turnus history <office> --json`: every recorded period in order; names as they were on each period's first day. */
export function historyJson(record: OrganizationRecord, officeArg: string, range: HistoryRange = {}): TenureJson[] {
  const office = resolveOffice(record, officeArg);
  return recorded(record, office.id, range).map((t) => tenureJson(record, t, t.start));
}

/** `turnus history <office>` as text: one line per period. */
export function historyText(record: OrganizationRecord, officeArg: string, today: PlainDate, range: HistoryRange, style: Style): string {
  const office = resolveOffice(record, officeArg);
  const tenures = recorded(record, office.id, range);
  const title = `${officeName(record, office.id)}: ${tenures.length} recorded period${tenures.length === 1 ? '' : 's'}`;
  if (tenures.length === 0) return `${style.bold(title)}\n`;
  const rows = tenures.map((t) => {
    const notes: string[] = [];
    const termEnd = termEndText(t, record);
    if (t.termEndUnknown) notes.push(style.warn(`term end ${termEnd}`));
    else if (t.termEnd && termEnd) {
      const over = t.end === null ? t.termEnd <= today : t.end > t.termEnd;
      notes.push(over ? style.warn(`term ended by rule ${termEnd}`) : `term to ${termEnd}`);
    }
    if (t.decisions.some((id) => record.decisions.find((d) => d.id === id)?.type === 'extend')) notes.push('extended');
    // A period that is more than a fact of the record says how sure it is, in the core's words.
    if (t.certainty && t.certainty !== 'recorded') {
      const words = describeTenure(record, t, { dates: 'iso' });
      notes.push(style.warn(t.lastConfirmed ? `${words.label} after ${t.lastConfirmed.date}` : words.label));
    }
    return [shortStartText(t), '→', endText(t), holderText(record, t, t.start), notes.join('; ')];
  });
  return [style.bold(title), ...columns([['from', '', 'to', 'holder', ''].map((h) => (h ? style.dim(h) : '')), ...rows]).map((line) => `  ${line}`), ''].join('\n');
}
