import { createEvents, type EventAttributes } from 'ics';
import { addDays, afterLatestDay, earliestDay, precisionOf, type PlainDate } from '../calendar/plain-date';
import { formatWindow } from '../describe/format-date';
import { compile, effectiveDay, namesOn, partyName } from '../model/compile';
import type { OrganizationRecord } from '../schema/record';
import { dateField } from './_date-field';
import { checkOptions } from '../model/_arguments';

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

/** How a date known only to the month or year (or within a window) is said in an event's summary. */
function approximately(day: PlainDate, until: PlainDate): string {
  const f = dateField(day, 'day', until);
  const unit = f.precision === 'year' ? 'year' : f.precision === 'month' ? 'month' : undefined;
  return unit ? `date known only to the ${unit}: ${formatWindow(day, until)}` : `date known only as ${formatWindow(day, until)}`;
}

/**
 * An iCalendar (RFC 5545) file of the record's dated events, as all-day events: summits (held,
 * planned — tentative — or cancelled), handovers and appointments, and the day each term ends by
 * rule. The file is deterministic: its timestamps are the record's `asOf`, never the clock.
 *
 * **Dates known only to the month or year are never turned into a day.** Such an event (a summit
 * "in 2026", an appointment "in 2014", a term end computed from it) is an all-day event that spans
 * the whole window in which it happened — the month, the year, or the narrower window a source
 * gives ("by 29 December 2014") — with the precision in its summary ("(date known only to the
 * year: 2014)"), `TRANSP:TRANSPARENT` (it does not mark the span busy) and
 * `X-TURNUS-DATE-PRECISION` (`month`, `year` or `window`). A calendar has no event "some day in
 * 2014": a one-day event on 1 January would state a day no source gives, and leaving the event
 * out would hide what is known; a to-do (VTODO) is not shown on most calendars' grids.
 * Lines are folded at 75 octets (RFC 5545 §3.1).
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know or of the wrong kind.
 * @throws {Error} if the calendar library rejects an event (a bug: every date here is checked).
 */
export function exportIcs(record: OrganizationRecord, options: IcsOptions = {}): string {
  const model = compile(record);
  checkOptions('exportIcs', options, { office: 'string' });
  const org = record.organization.id;
  const stamp = `${record.asOf.replace(/-/g, '')}T000000Z`;
  // The calendar bears the organization's name as of the record; each event, the name of its day.
  const nameOn = (date: PlainDate) => namesOn(model.organizationNames, date).names.en?.name ?? org;
  const orgName = nameOn(record.asOf);
  const events: EventAttributes[] = [];
  const precisionOfUid = new Map<string, string>();
  /** An all-day event over `[date, end)`; `window` when the day is not known, only the span it lies in. */
  const allDay = (uid: string, date: PlainDate, end: PlainDate, title: string, description: string, status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED', categories: string[], window = false) => {
    const id = `${org}-${uid}@turnus`;
    const summary = window ? `${title} (${approximately(date, end)})` : title;
    if (window) precisionOfUid.set(id, dateField(date, 'day', end).precision);
    events.push({ uid: id, start: toArray(date), end: toArray(end), title: summary, description, status, categories, timestamp: stamp, productId: 'turnus', ...(window ? { transp: 'TRANSPARENT' } : {}) } as EventAttributes);
  };
  for (const s of model.summits) {
    const exact = precisionOf(s.date) === 'day';
    const name = s.name ?? `${s.ordinal ? `${ordinal(s.ordinal)} ` : ''}${s.kind === 'ordinary' ? '' : `${s.kind} `}summit`.replace(/^./, (c) => c.toUpperCase());
    const day = earliestDay(s.date);
    const where = [s.city, s.host ? partyName(model, s.host, day) : undefined].filter(Boolean).join(', ');
    const status = s.status === 'cancelled' || s.status === 'postponed' ? 'CANCELLED' : s.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED';
    const end = exact ? addDays(s.endDate ?? s.date, 1) : afterLatestDay(s.date);
    allDay(`summit-${s.id}`, day, end, `${nameOn(day)}: ${name}${where ? ` (${where})` : ''}`, [s.theme, s.mode === 'online' ? 'Held online.' : undefined].filter(Boolean).join('\n'), status, ['summit', s.kind], !exact);
  }
  for (const office of record.offices) {
    if (options.office && office.id !== options.office) continue;
    const label = office.names.en ?? office.id;
    for (const t of model.tenures.get(office.id) ?? []) {
      const decision = model.decisions.get(t.decisions[0] ?? '');
      const who = t.holder.person ? (model.people.get(t.holder.person)?.names.en ?? t.holder.person) : t.holder.party ? partyName(model, t.holder.party, t.start) : 'unknown';
      if (decision) {
        if (precisionOf(decision.date) === 'day') {
          const day = effectiveDay(decision);
          allDay(`${decision.type}-${decision.id}`, day, addDays(day, 1), `${nameOn(day)}: ${who} takes office as ${label}`, decision.note ?? '', 'CONFIRMED', [office.id, decision.type]);
        } else {
          // The period's start window: the decision's month or year, narrowed by what the record knows.
          const until = t.startUncertainUntil ?? afterLatestDay(decision.date);
          allDay(`${decision.type}-${decision.id}`, t.start, until, `${nameOn(t.start)}: ${who} takes office as ${label}`, decision.note ?? '', 'CONFIRMED', [office.id, decision.type], true);
        }
      }
      if (t.termEnd) {
        const ownerOf = t.holder.person ? (model.people.get(t.holder.person)?.names.en ?? t.holder.person) : (t.holder.party ?? '');
        const uid = `term-end-${office.id}-${decision?.id ?? `${t.holder.person ?? t.holder.party}-${dateField(t.start, t.startPrecision, t.startUncertainUntil).text}`}`;
        const window = t.termEndUncertainUntil !== undefined && t.termEndUncertainUntil !== addDays(t.termEnd, 1);
        allDay(uid, t.termEnd, window ? t.termEndUncertainUntil! : addDays(t.termEnd, 1), `${nameOn(t.termEnd)}: term of ${ownerOf} as ${label} ends by rule`, 'The end of the term by the rule, extensions included.', 'CONFIRMED', [office.id, 'term-end'], window);
      }
    }
  }
  const { error, value } = createEvents(events, { productId: 'turnus', calName: orgName, method: 'PUBLISH' });
  if (error || !value) throw new Error(`iCalendar export failed: ${error?.message ?? 'no output'}`);
  return foldLines(withPrecision(value, precisionOfUid));
}

/** Adds `X-TURNUS-DATE-PRECISION` after the UID of each event whose day is not known. */
function withPrecision(text: string, precisionOfUid: ReadonlyMap<string, string>): string {
  if (precisionOfUid.size === 0) return text;
  return text.replace(/\r\n[ \t]/g, '').replace(/^UID:(.*)$/gm, (line, uid: string) => {
    const precision = precisionOfUid.get(uid.trim());
    return precision ? `${line}\r\nX-TURNUS-DATE-PRECISION:${precision}` : line;
  });
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
