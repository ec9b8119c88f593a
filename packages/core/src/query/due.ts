import { addDuration } from '../calendar/duration';
import { addDays, afterLatestDay, earliestDay, type PlainDate } from '../calendar/plain-date';
import { formatPartialDate, formatWindow } from '../describe/format-date';
import { horizonOf } from '../model/horizon';
import type { BasisReason, Tenure } from '../model/types';
import type { Office } from '../schema/office';
import type { OrganizationRecord } from '../schema/record';
import type { Summit } from '../schema/summit';
import { checkDate, checkOptions } from '../model/_arguments';
import { compile } from '../model/compile';
import { history } from './history';
import { partyDisplayName, personDisplayName } from './names';
import { projectionOf } from './project';
import { stateOn } from './state-on';

/**
 * What a due item is about (stable; kinds are added, never renamed):
 * - `handover-overdue`: the rule expected a handover at an event whose day has passed, and the record has none;
 * - `handover-by-rule`: a calendar rotation (or an inferred rule) gives a period already begun that the record does not list;
 * - `term-expired`: a term ended by rule and the record has no decision since;
 * - `holdover`: a term ended by rule and the holder remains in office by rule until a successor;
 * - `office-vacant`: a term ended by rule and the office is vacant by rule until an appointment;
 * - `summit-past`: a summit still marked planned whose whole date has passed;
 * - `gap-review`: a declared gap that a later date may have closed: its span ended after `asOf` and
 *   before today, or it concerns a planned event whose day has come;
 * - `record-stale`: the record was last checked against its sources longer ago than `staleAfter`;
 * - `seats-unfilled`: seats whose terms ended have no recorded successor;
 * - `since-horizon`: events expected between the record's knowledge horizon (or an office's) and
 *   today, which the record cannot have: planned summits, and the handovers or decisions its rules
 *   expect (`date` is the day after the horizon, `horizon` the horizon).
 */
export type DueKind = 'handover-overdue' | 'handover-by-rule' | 'term-expired' | 'holdover' | 'office-vacant' | 'summit-past' | 'gap-review' | 'record-stale' | 'seats-unfilled' | 'since-horizon';

/** One thing a record needs: what, how urgent, about what, since when, and how to record it. */
export interface DueItem {
  readonly kind: DueKind;
  /** `action`: the record is behind a fact the rule or a date makes certain; `review`: worth checking. */
  readonly severity: 'action' | 'review';
  readonly office?: string;
  readonly summit?: string;
  readonly gap?: string;
  /** The (first possible) day it concerns. */
  readonly date: PlainDate;
  /** When that day is known only within a window: its exclusive end. */
  readonly dateUntil?: PlainDate;
  /** For handovers and terms: the holder the rule expects (a party; `null` when it cannot say). */
  readonly expected?: string | null;
  /** For terms: the holder whose term ended. */
  readonly holder?: { readonly party: string | null; readonly person: string | null };
  /** What the answer of the engine rests on, for the periods it concerns. */
  readonly reason?: BasisReason;
  /** A sentence in plain English. */
  readonly message: string;
  /** The `turnus record …` command that would record it (placeholders in capitals or <angle brackets>); null when none does. */
  readonly command: string | null;
  /** Other commands that would record it instead (an extension rather than a successor). */
  readonly alternatives?: readonly string[];
  /** For `since-horizon`: the day through which the record knows events. */
  readonly horizon?: PlainDate;
}

/** Options for {@link due}. */
export interface DueOptions {
  readonly today: PlainDate;
}

const SOURCE = '--source <url>';
const ANY_DAY = 'YYYY-MM-DD';
const LIMIT = 10_000;

function officeName(office: Office): string {
  return office.names.en ?? Object.values(office.names)[0] ?? office.id;
}

function summitName(summit: Summit): string {
  const n = summit.ordinal;
  const ordinal = n ? `${n}${(n % 100 >= 11 && n % 100 <= 13 ? undefined : ['th', 'st', 'nd', 'rd'][n % 10]) ?? 'th'} ` : '';
  return summit.name ?? `the ${ordinal}${summit.kind === 'ordinary' ? '' : `${summit.kind} `}summit${summit.city ? ` in ${summit.city}` : ''}`;
}

/** A day for a command: the tenure's day when the rule fixes it, else a placeholder. */
function dayOf(t: Tenure): string {
  return t.startPrecision === 'day' && !t.estimated && !t.startUncertainUntil ? t.start : ANY_DAY;
}

function tenureItems(record: OrganizationRecord, office: Office, today: PlainDate): DueItem[] {
  const out: DueItem[] = [];
  const name = officeName(office);
  const last = history(record, office.id).at(-1);
  const person = last?.holder.person ?? null;
  const who = person ? personDisplayName(record, person) : last?.holder.party ? partyDisplayName(record, last.holder.party, last.start) : 'the holder';
  const appoint = (party: string | null) => `turnus record appoint --office ${office.id} --person-name "<name>" --nationality ${party ?? '<party>'} --date ${ANY_DAY} ${SOURCE}`;
  const extend = `turnus record extend --office ${office.id}${person ? ` --person ${person}` : ''} --until ${ANY_DAY} --date ${ANY_DAY} ${SOURCE}`;
  let n = 0;
  let previous: Tenure | undefined = last;
  for (const t of projectionOf(record, office.id, today)) {
    if (++n > LIMIT || t.start > today) break;
    const code = t.reason?.code;
    const window = formatWindow(t.start, t.startUncertainUntil);
    const party = t.holder.party;
    const expectedName = party ? partyDisplayName(record, party, t.start) : undefined;
    const base = { office: office.id, date: t.start, ...(t.startUncertainUntil ? { dateUntil: t.startUncertainUntil } : {}), ...(t.reason ? { reason: t.reason } : {}) };
    if (office.heldBy === 'person') {
      const holder = { party: last?.holder.party ?? null, person };
      if (code === 'holdover') {
        out.push({ kind: 'holdover', severity: 'review', ...base, holder, message: `${name}: the term of ${who} ended by rule on ${window}; by rule ${who} remains in office until a successor takes office. Record the successor or an extension if one was decided.`, command: appoint(null), alternatives: [extend] });
      } else if (code === 'vacant-by-rule') {
        out.push({ kind: 'office-vacant', severity: 'review', ...base, holder, message: `${name}: the term of ${who} ended by rule on ${window}; by rule the office is vacant until an appointment. Record the appointment if one was made.`, command: appoint(null) });
      } else if (code === 'term-expired' && t.overdue) {
        const next = expectedName ? ` The rule expects a national of ${expectedName} next.` : '';
        out.push({ kind: 'term-expired', severity: 'action', ...base, expected: party, holder, message: `${name}: the term of ${who} ended by rule on ${window} and the record has no decision since: no extension, reappointment or successor.${next}`, command: appoint(party), alternatives: [extend] });
      }
      // Later terms follow from the decision that is missing: one item says it.
      if (t.basis !== 'recorded') break;
      continue;
    }
    const to = party ?? '<party>';
    const summit = t.reason?.summit ? record.summits.find((s) => s.id === t.reason!.summit) : undefined;
    // `--from` named: after the record, the holder "on --date" would be the rule's answer, the new holder itself.
    const from = previous?.holder.party ? ` --from ${previous.holder.party}` : '';
    previous = t;
    const command = `turnus record handover --office ${office.id}${from} --to ${to} --date ${dayOf(t)}${summit ? ` --summit ${summit.id}` : ''} ${SOURCE}`;
    const began = t.start < today && (t.startUncertainUntil ?? t.start) <= today;
    if (t.basis === 'rule' && code === 'holdover') {
      out.push({ kind: 'holdover', severity: 'review', ...base, expected: party, message: `${name}: by rule ${expectedName ?? 'the holder'} remains in office since ${window}, until a successor takes office.`, command });
    } else if (t.basis === 'rule' || (code === 'inferred-rule' && began)) {
      const by = t.basis === 'rule' ? 'by rule' : 'by the rule the record infers';
      out.push({ kind: 'handover-by-rule', severity: 'review', ...base, expected: party, message: `${name}: ${expectedName ?? 'the next holder'} holds it ${by} from ${window}; the record does not list this period.`, command });
    } else if (t.overdue) {
      const at = summit ? ` at ${summitName(summit)} (${formatPartialDate(summit.date)})` : '';
      const because = code === 'event-not-recorded' ? 'the record has that event but not the handover' : summit ? 'the record does not show that event as held' : 'the record has no such event';
      out.push({ kind: 'handover-overdue', severity: 'action', ...base, ...(summit ? { summit: summit.id } : {}), expected: party, message: `${name}: the rule expected a handover to ${expectedName ?? 'the next holder'}${at}, from ${window}; ${because}.`, command });
    } else if (code === 'roster-unknown' || code === 'vacant-by-rule') break;
  }
  return out;
}

/**
 * What lies between each knowledge horizon (the record's, or an office's own) and `today`: the
 * planned summits whose window reaches past the horizon and has begun, and for each office the
 * first period its rule expects after the horizon from an event the record does not have. One
 * item per horizon, only when something is expected.
 */
function horizonItems(record: OrganizationRecord, today: PlainDate): DueItem[] {
  const expected = new Map<PlainDate, string[]>();
  const add = (horizon: PlainDate, what: string) => {
    const list = expected.get(horizon);
    if (list) list.push(what);
    else expected.set(horizon, [what]);
  };
  const horizon = record.horizon;
  if (horizon !== undefined && horizon < today) {
    for (const s of record.summits) {
      if (s.status === 'planned' && afterLatestDay(s.date) > addDays(horizon, 1) && earliestDay(s.date) <= today) add(horizon, `${summitName(s)} (${formatPartialDate(s.date)})`);
    }
  }
  for (const office of record.offices) {
    const own = horizonOf(record, office.id);
    if (own === undefined || own >= today) continue;
    let n = 0;
    for (const t of projectionOf(record, office.id, today)) {
      if (++n > LIMIT || t.start > today) break;
      if (t.basis !== 'projected' || t.reason?.knownThrough === undefined || t.start <= own) continue;
      const window = formatWindow(t.start, t.startUncertainUntil);
      const party = t.holder.party;
      const who = office.heldBy === 'party' ? (party ? partyDisplayName(record, party, t.start) : 'the next holder') : undefined;
      add(own, who ? `${officeName(office)} passing to ${who} (${window})` : `${officeName(office)}: a decision on the term that ended by rule on ${window}`);
      // Later periods follow from this one: the first says it.
      break;
    }
  }
  return [...expected].map(([h, list]) => ({
    kind: 'since-horizon',
    severity: 'review',
    date: addDays(h, 1),
    horizon: h,
    message: `The record knows events through ${formatPartialDate(h)}; since then, expected: ${list.join('; ')}. Check what happened since, record it and move the horizon.`,
    command: null,
  }));
}

/**
 * What a record needs on `today`, for the people who keep it current: handovers its rules
 * expected and the record lacks (overdue projections, and calendar periods already begun that it
 * does not list), terms past their end with no decision, summits still planned after their date,
 * declared gaps a later date may have closed, unfilled seats, what is expected between the
 * record's knowledge horizon and today, and an `asOf` older than `staleAfter` (default `P6M`). Each item names the `turnus record …` command that would record
 * it, with placeholders for the source. Items come in date order. Pure: `today` is a parameter.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {InvalidDateError} when `today` is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know.
 * @example
 * due(unsc, { today: '2026-11-29' }).filter((d) => d.kind === 'handover-by-rule').length // 10 (February to November 2026)
 */
export function due(record: OrganizationRecord, options: DueOptions): DueItem[] {
  compile(record);
  checkOptions('due', options, { today: 'date' });
  const today = options.today;
  checkDate(today, 'due: option today');
  const out: DueItem[] = [];
  for (const office of record.offices) out.push(...tenureItems(record, office, today));
  out.push(...horizonItems(record, today));

  const summits = new Map(record.summits.map((s) => [s.id, s]));
  const pastSummits = new Set<string>();
  for (const s of record.summits) {
    if (s.status !== 'planned' || afterLatestDay(s.date) > today) continue;
    pastSummits.add(s.id);
    const gap = (record.gaps ?? []).find((g) => g.concerns?.includes(s.id));
    const day = s.date.length === 10 ? s.date : ANY_DAY;
    const command = (status: string) => `turnus record summit --id ${s.id} --date ${day} --status ${status} ${SOURCE}`;
    out.push({
      kind: 'summit-past',
      severity: 'action',
      summit: s.id,
      date: earliestDay(s.date),
      ...(s.date.length < 10 ? { dateUntil: afterLatestDay(s.date) } : {}),
      message: `${summitName(s)[0]!.toUpperCase()}${summitName(s).slice(1)} was planned for ${formatPartialDate(s.date)} and is still marked planned${gap ? ` (declared gap "${gap.id}")` : ''}: record whether it was held, postponed or cancelled.`,
      command: command('held'),
      alternatives: [command('postponed'), command('cancelled')],
    });
  }

  for (const gap of record.gaps ?? []) {
    // A gap about days the record had not reached when it was checked, and that have passed since;
    // or about a planned event whose day has come. (A gap about a settled past stays as it is.)
    const ended = gap.to !== undefined && afterLatestDay(gap.to) > record.asOf && afterLatestDay(gap.to) <= today;
    const planned = (gap.concerns ?? []).map((id) => summits.get(id)).find((s) => s?.status === 'planned' && earliestDay(s.date) <= today);
    if (!ended && !planned) continue;
    // A summit past its date is an item of its own, which names the gap.
    if (planned && !ended && pastSummits.has(planned.id)) continue;
    const office = gap.office ? record.offices.find((o) => o.id === gap.office) : undefined;
    const command = planned
      ? `turnus record summit --id ${planned.id} --date ${ANY_DAY} --status held ${SOURCE}`
      : office?.heldBy === 'party'
        ? `turnus record handover --office ${office.id} --to <party> --date ${ANY_DAY} ${SOURCE}`
        : office
          ? `turnus record appoint --office ${office.id} --person-name "<name>" --nationality <party> --date ${ANY_DAY} ${SOURCE}`
          : null;
    const why = planned ? `it concerns ${summitName(planned)}, planned for ${formatPartialDate(planned.date)}` : `it ends in ${formatPartialDate(gap.to!)}`;
    out.push({
      kind: 'gap-review',
      severity: 'review',
      gap: gap.id,
      ...(gap.office ? { office: gap.office } : {}),
      ...(planned ? { summit: planned.id } : {}),
      date: planned ? earliestDay(planned.date) : earliestDay(gap.to!),
      ...((planned ? planned.date : gap.to!).length < 10 ? { dateUntil: afterLatestDay(planned ? planned.date : gap.to!) } : {}),
      message: `Gap "${gap.id}" (${gap.description.replace(/\s+/g, ' ').trim()}): ${why}, so later sources may now close it.`,
      command,
    });
  }

  const unfilled = stateOn(record, today).unfilledSeats;
  if (unfilled) {
    const n = unfilled.count;
    out.push({
      kind: 'seats-unfilled',
      severity: 'action',
      date: unfilled.since,
      message: `${n} ${n === 1 ? 'seat' : 'seats'} whose ${n === 1 ? 'term' : 'terms'} ended on ${formatPartialDate(unfilled.since)} ${n === 1 ? 'has' : 'have'} no recorded successor: record the members elected to ${n === 1 ? 'it' : 'them'}, with their terms.`,
      command: `turnus record admit --party <party> --date ${unfilled.since} ${SOURCE}`,
    });
  }

  const every = record.staleAfter ?? 'P6M';
  const staleOn = addDuration(record.asOf, every);
  if (staleOn <= today) {
    out.push({
      kind: 'record-stale',
      severity: 'action',
      date: record.asOf,
      message: `The record was last checked against its sources on ${formatPartialDate(record.asOf)}; it asks to be checked every ${every.slice(1).toLowerCase().replace(/(\d+)([ymwd])/g, (_, k: string, u: string) => `${k} ${{ y: 'year', m: 'month', w: 'week', d: 'day' }[u]}${k === '1' ? '' : 's'} `).trim()}. Check what happened since and set asOf.`,
      command: null,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
