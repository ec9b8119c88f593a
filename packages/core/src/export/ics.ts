import { createEvents, type EventAttributes } from 'ics';
import { addDays, earliestDay, precisionOf, type PlainDate } from '../calendar/plain-date';
import { compile, effectiveDay, namesOn, partyName } from '../model/compile';
import type { OrganizationRecord } from '../schema/record';

/** Options for {@link exportIcs}. */
export interface IcsOptions {
  /** Only handovers and term ends of this office (summits are always included). */
  readonly office?: string;
}

type DateArray = [number, number, number];

function toArray(date: PlainDate): DateArray {
  const [y, m, d] = date.split('-').map(Number) as DateArray;
  return [y, m, d];
}

/**
 * An iCalendar (RFC 5545) file of the record's dated events, as all-day events: summits (held,
 * planned — tentative — or cancelled), handovers and appointments, and the day each term ends by
 * rule. Events dated only to the month or the year are left out (a calendar needs a day). The
 * file is deterministic: its timestamps are the record's `asOf`, never the clock.
 * @throws {Error} if the calendar library rejects an event (a bug: every date here is checked).
 */
export function exportIcs(record: OrganizationRecord, options: IcsOptions = {}): string {
  const model = compile(record);
  const org = record.organization.id;
  const stamp = `${record.asOf.replace(/-/g, '')}T000000Z`;
  // The calendar bears the organization's name as of the record; each event, the name of its day.
  const nameOn = (date: PlainDate) => namesOn(model.organizationNames, date).names.en?.name ?? org;
  const orgName = nameOn(record.asOf);
  const events: EventAttributes[] = [];
  const allDay = (uid: string, date: PlainDate, end: PlainDate, title: string, description: string, status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED', categories: string[]) => {
    events.push({ uid: `${org}-${uid}@turnus`, start: toArray(date), end: toArray(end), title, description, status, categories, timestamp: stamp, productId: 'turnus' } as EventAttributes);
  };
  for (const s of model.summits) {
    if (precisionOf(s.date) !== 'day') continue;
    const name = s.name ?? `${s.ordinal ? `${ordinal(s.ordinal)} ` : ''}${s.kind === 'ordinary' ? '' : `${s.kind} `}summit`.replace(/^./, (c) => c.toUpperCase());
    const where = [s.city, s.host ? partyName(model, s.host, s.date) : undefined].filter(Boolean).join(', ');
    const status = s.status === 'cancelled' || s.status === 'postponed' ? 'CANCELLED' : s.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED';
    allDay(`summit-${s.id}`, s.date, addDays(s.endDate ?? s.date, 1), `${nameOn(s.date)}: ${name}${where ? ` (${where})` : ''}`, [s.theme, s.mode === 'online' ? 'Held online.' : undefined].filter(Boolean).join('\n'), status, ['summit', s.kind]);
  }
  for (const office of record.offices) {
    if (options.office && office.id !== options.office) continue;
    const label = office.names.en ?? office.id;
    for (const t of model.tenures.get(office.id) ?? []) {
      const decision = model.decisions.get(t.decisions[0] ?? '');
      if (decision && precisionOf(decision.date) === 'day') {
        const who = t.holder.person ? (model.people.get(t.holder.person)?.names.en ?? t.holder.person) : t.holder.party ? partyName(model, t.holder.party, t.start) : 'unknown';
        const day = effectiveDay(decision);
        allDay(`${decision.type}-${decision.id}`, day, addDays(day, 1), `${nameOn(day)}: ${who} takes office as ${label}`, decision.note ?? '', 'CONFIRMED', [office.id, decision.type]);
      }
      if (t.termEnd && earliestDay(t.termEnd) === t.termEnd) {
        const who = t.holder.person ? (model.people.get(t.holder.person)?.names.en ?? t.holder.person) : (t.holder.party ?? '');
        allDay(`term-end-${office.id}-${t.start}`, t.termEnd, addDays(t.termEnd, 1), `${nameOn(t.termEnd)}: term of ${who} as ${label} ends by rule`, 'The end of the term by the rule, extensions included.', 'CONFIRMED', [office.id, 'term-end']);
      }
    }
  }
  const { error, value } = createEvents(events, { productId: 'turnus', calName: orgName, method: 'PUBLISH' });
  if (error || !value) throw new Error(`iCalendar export failed: ${error?.message ?? 'no output'}`);
  return foldLines(value);
}

/** The octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds content lines at 75 octets, as RFC 5545 §3.1 requires (the calendar library counts
 * characters, so a line of Cyrillic or Turkish text could reach 150 octets): each continuation
 * line starts with a space, and a line is only broken between characters, never inside one.
 * Lines the library folded are unfolded first.
 * @example foldLines(`DESCRIPTION:${'ü'.repeat(60)}`) // two lines, each at most 75 octets
 */
export function foldLines(text: string, limit = 75): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = utf8Length(char.codePointAt(0)!);
        // A continuation line's leading space counts towards its 75 octets.
        if (octets + size > limit) {
          parts.push(current);
          current = ' ';
          octets = 1;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n');
    })
    .join('\r\n');
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
