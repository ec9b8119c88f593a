import {
  addDuration,
  earliestDay,
  holderOn,
  isBoundedDuration,
  isPartialDate,
  isPlainDate,
  type Decision,
  type OrganizationRecord,
  type Party,
  type Person,
  type PlainDate,
  type Source,
  type Summit,
} from '@turnus/core';
import { DocumentKind, EndCause, PartyKind, SourceTier, SummitKind, SummitMode, SummitStatus } from '@turnus/core/schema';
import { resolveOffice, resolveParty, resolvePerson, resolveSummit } from '../args/resolve';
import { CliError } from '../errors';
import type { YamlValue } from './emit';
import { slugify, sourceIdFromUrl, uniqueId } from './slug';

/** The decisions `turnus record` builds from flags, and `summit`, which adds or updates a summit. */
export const RECORD_KINDS = ['appoint', 'extend', 'end-term', 'handover', 'summit', 'admit', 'observer', 'suspend', 'reinstate', 'withdraw', 'rename', 'adopt', 'skip', 'defer', 'swap', 'replace', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The flags of `turnus record <kind>`, as commander gives them. */
export interface RecordFlags {
  readonly id?: string;
  readonly date?: string;
  readonly effective?: string;
  readonly notAfter?: string;
  readonly summit?: string;
  readonly by?: string;
  readonly note?: readonly string[];
  readonly source?: readonly string[];
  readonly sourceTitle?: string;
  readonly sourcePublisher?: string;
  readonly sourceTier?: string;
  readonly office?: string;
  readonly person?: string;
  readonly personName?: string;
  readonly nationality?: string;
  readonly party?: string;
  readonly partyName?: string;
  readonly partyKind?: string;
  readonly term?: string;
  readonly for?: string;
  readonly until?: string;
  readonly cause?: string;
  readonly to?: string;
  readonly from?: string;
  readonly with?: string;
  readonly parties?: readonly string[];
  readonly founding?: boolean;
  readonly name?: string;
  readonly official?: string;
  readonly abbreviation?: string;
  readonly language?: string;
  readonly sortName?: string;
  readonly title?: string;
  readonly document?: string;
  readonly url?: string;
  readonly ordinal?: string;
  readonly kind?: string;
  readonly mode?: string;
  readonly status?: string;
  readonly host?: string;
  readonly city?: string;
  readonly venue?: string;
  readonly theme?: string;
  readonly endDate?: string;
  readonly series?: string;
  readonly seat?: string;
}

type Entry = Record<string, YamlValue | undefined>;

/** What `turnus record` adds to (or changes in) the record. */
export interface RecordChange {
  /** The id of the decision or summit. */
  readonly id: string;
  readonly list: 'decisions' | 'summits';
  /** The new entry (absent when an existing summit is updated). */
  readonly entry?: Entry;
  /** Fields set on an existing summit. */
  readonly update?: Entry;
  /** Entries the decision needs that the record did not have. */
  readonly sources: readonly Source[];
  readonly people: readonly Person[];
  readonly parties: readonly Party[];
}

/** The order of a summit's fields in the schema, for fields added to an existing summit. */
export const SUMMIT_FIELD_ORDER = ['id', 'series', 'ordinal', 'kind', 'mode', 'status', 'name', 'host', 'city', 'venue', 'date', 'endDate', 'theme', 'notes', 'sources'] as const;

const usage = (message: string, hint: string) => new CliError('E_USAGE', message, { hint });

function oneOf(value: string | undefined, allowed: readonly string[], flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value)) throw new CliError('E_INVALID_OPTION', `${flag} ${JSON.stringify(value)} is not one of the allowed values`, { hint: `Allowed: ${allowed.join(', ')}` });
  return value;
}

function dateFlag(value: string | undefined, flag: string, partial: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (partial ? !isPartialDate(value) : !isPlainDate(value)) {
    throw new CliError('E_INVALID_DATE', `${flag} ${JSON.stringify(value)} is not a real calendar date`, { hint: partial ? 'Write YYYY-MM-DD, or YYYY-MM / YYYY when the source is imprecise.' : 'Write dates as YYYY-MM-DD, e.g. 2026-11-20.' });
  }
  return value;
}

function durationFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isBoundedDuration(value)) throw new CliError('E_INVALID_OPTION', `${flag} ${JSON.stringify(value)} is not an ISO 8601 duration of at most 9998 years`, { hint: 'Write durations like P1Y, P6M, P3Y.' });
  return value;
}

function required<T>(value: T | undefined, kind: string, flag: string, example: string): T {
  if (value === undefined || value === '') throw usage(`record ${kind} needs ${flag}`, `For example: turnus record ${kind} ${example}`);
  return value;
}

/** Builds entries on one record: ids unique in their lists, sources found or added. */
class Builder {
  readonly sources: Source[] = [];
  readonly people: Person[] = [];
  readonly parties: Party[] = [];
  constructor(
    readonly record: OrganizationRecord,
    readonly flags: RecordFlags,
    readonly today: PlainDate,
  ) {}

  /** The ids of the sources named by --source: existing ids, existing addresses, or new sources. */
  sourceIds(kind: string): string[] {
    const given = this.flags.source ?? [];
    if (given.length === 0) throw usage(`record ${kind} needs --source URL`, 'Every fact rests on a source: give the address of the page that states it (or the id of a source in the record).');
    const tier = oneOf(this.flags.sourceTier, SourceTier.options, '--source-tier');
    return given.map((value) => {
      const known = this.record.sources.find((s) => s.id === value) ?? this.record.sources.find((s) => s.url === value) ?? this.sources.find((s) => s.url === value);
      if (known) return known.id;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new CliError('E_INVALID_OPTION', `--source ${JSON.stringify(value)} is neither an address nor the id of a source in the record`, { hint: 'Give the full address (https://…) of the page, or a source id from the record.' });
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliError('E_INVALID_OPTION', `--source ${JSON.stringify(value)} is not a web address`, { hint: 'Give an http:// or https:// address.' });
      const taken = new Set([...this.record.sources.map((s) => s.id), ...this.sources.map((s) => s.id)]);
      const id = uniqueId(sourceIdFromUrl(url), taken);
      const host = url.hostname.replace(/^www\./, '');
      const source: Source = {
        id,
        title: this.flags.sourceTitle ?? `${host}${decodeURIComponent(url.pathname).replace(/\/$/, '')}`,
        url: url.href,
        publisher: this.flags.sourcePublisher ?? host,
        accessed: this.today,
        ...(tier ? { tier: tier as Source['tier'] } : {}),
      };
      this.sources.push(source);
      return id;
    });
  }

  party(name: string | undefined, flag: string, kind: string, options: { allowNew?: boolean } = {}): string {
    const value = required(name, kind, flag, `${flag} TR`);
    const existing = this.record.parties.find((p) => p.id === value) ?? this.parties.find((p) => p.id === value);
    if (existing) return existing.id;
    if (options.allowNew && this.flags.partyName) {
      if (!/^([A-Z]{2}|[a-z][a-z0-9-]*)$/.test(value)) throw new CliError('E_INVALID_OPTION', `${flag} ${JSON.stringify(value)} is not a party id`, { hint: 'A new party needs an ISO 3166-1 alpha-2 code (TM) or a lowercase custom id (trnc).' });
      const partyKind = oneOf(this.flags.partyKind ?? 'state', PartyKind.options, '--party-kind') as Party['kind'];
      this.parties.push({ id: value, kind: partyKind, names: { en: { name: this.flags.partyName } }, sortNames: { en: this.flags.partyName }, sources: [] });
      return value;
    }
    try {
      return resolveParty(this.record, value).id;
    } catch (error) {
      if (options.allowNew && error instanceof CliError) throw new CliError(error.code, error.message, { hint: `${error.hint}. To add a new party, give its name too: --party-name "Turkmenistan".` });
      throw error;
    }
  }

  person(kind: string): string {
    const { person, personName, nationality } = this.flags;
    if (person === undefined && personName === undefined) throw usage(`record ${kind} needs --person ID (or --person-name NAME for someone new)`, `For example: turnus record ${kind} --person-name "Jane Doe" --nationality TR …`);
    if (person !== undefined) {
      const known = this.record.people.find((p) => p.id === person);
      if (known) return known.id;
      if (personName === undefined) return resolvePerson(this.record, person).id;
    }
    const name = personName!;
    const existing = this.record.people.find((p) => Object.values(p.names).includes(name));
    if (existing && person === undefined) return existing.id;
    const taken = new Set(this.record.people.map((p) => p.id));
    const id = person ?? uniqueId(slugify(name) || 'person', taken);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new CliError('E_INVALID_OPTION', `--person ${JSON.stringify(id)} is not an id`, { hint: 'Ids are lowercase letters, digits and hyphens: jane-doe.' });
    const party = this.party(nationality, '--nationality', kind);
    this.people.push({ id, names: { en: name }, nationality: party, sources: [] });
    return id;
  }

  /** The holder of an office that day, for decisions that concern the holder in office. */
  holderOf(office: string, date: PlainDate): { person?: string; party?: string } {
    const holding = holderOn(this.record, office, date);
    // When the day is uncertain (a change known only to the year), the holder the record shows is the one a decision concerns.
    const tenure = holding.status === 'held' ? holding.tenure : holding.status === 'uncertain' ? holding.candidates.find((t) => t.basis === 'recorded') : undefined;
    if (!tenure) return {};
    const { person, party } = tenure.holder;
    return person !== null ? { person } : party !== null ? { party } : {};
  }

  summitRef(): string | undefined {
    return this.flags.summit === undefined ? undefined : resolveSummit(this.record, this.flags.summit).id;
  }

  decisionId(base: string): string {
    const taken = new Set(this.record.decisions.map((d) => d.id));
    if (this.flags.id !== undefined) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(this.flags.id)) throw new CliError('E_INVALID_OPTION', `--id ${JSON.stringify(this.flags.id)} is not an id`, { hint: 'Ids are lowercase letters, digits and hyphens.' });
      return this.flags.id;
    }
    // "Istanbul Declaration (2026)" adopted in 2026 is adopt-istanbul-declaration-2026, not …-2026-2026.
    const slug = slugify(base, 64).replace(/-(\d{4})-\1$/, '-$1');
    return uniqueId(slug || 'decision', taken);
  }
}

/** The notes given (--note is repeatable; a single string is accepted too), as one note. */
function notesOf(flags: RecordFlags): string[] {
  const given: unknown = flags.note;
  const list = given === undefined ? [] : Array.isArray(given) ? given.map(String) : [String(given)];
  return list.map((n) => n.trim()).filter((n) => n !== '');
}

function note(flags: RecordFlags): string | undefined {
  const notes = notesOf(flags);
  return notes.length ? notes.join(' ') : undefined;
}

/** Fields every decision has, in the record's order: id, type, then the rest, then date, summit, by, note, sources. */
function decisionEntry(b: Builder, kind: Decision['type'], id: string, fields: Entry, date: string): Entry {
  const effective = dateFlag(b.flags.effective, '--effective', false);
  const notAfter = dateFlag(b.flags.notAfter, '--not-after', false);
  const withEffective = ['appoint', 'end-term', 'handover', 'admit', 'observer', 'suspend', 'reinstate', 'withdraw', 'rename'].includes(kind);
  if (effective !== undefined && !withEffective) throw usage(`record ${kind} takes no --effective`, 'Only decisions that take effect on a later day have --effective.');
  return {
    id,
    type: kind,
    ...fields,
    date,
    ...(notAfter ? { notAfter } : {}),
    ...(effective ? { effective } : {}),
    summit: b.summitRef(),
    by: b.flags.by,
    note: note(b.flags),
    sources: b.sourceIds(kind),
  };
}

function year(date: string): string {
  return date.slice(0, 4);
}

/**
 * The term of a membership (an elected seat) from `record admit --term/--until/--seat`: the term's
 * length from the day the membership takes effect (`day`), the day it ends (exclusive), and the
 * seat it fills. Both --term and --until may be given when they agree; --seat needs one of them.
 */
function membershipTerm(f: RecordFlags, day: PlainDate): Entry {
  const term = durationFlag(f.term, '--term');
  const until = dateFlag(f.until, '--until', false);
  const seat = f.seat === undefined ? undefined : f.seat.trim();
  if (until !== undefined && until <= day) {
    throw new CliError('E_INVALID_OPTION', `--until ${until} is not after ${day}, the day the membership takes effect`, { hint: 'A term ends after it begins: give the first day after the term (exclusive), or check --date and --effective.' });
  }
  if (term !== undefined && until !== undefined && addDuration(day, term) !== until) {
    throw new CliError('E_INVALID_OPTION', `--term ${term} from ${day} ends on ${addDuration(day, term)}, not on --until ${until}`, { hint: 'Give only the one the source states, or make them agree.' });
  }
  if (seat !== undefined) {
    if (seat === '') throw new CliError('E_INVALID_OPTION', '--seat is empty', { hint: 'Name the seat or group, e.g. --seat elected or --seat "African Group".' });
    if (term === undefined && until === undefined) throw usage('record admit --seat needs --term or --until', 'A seat is part of a membership with a term: for example --term P2Y --seat elected.');
  }
  return { ...(term ? { term } : {}), ...(until ? { until } : {}), ...(seat ? { seat } : {}) };
}

function buildDecision(b: Builder, kind: Exclude<RecordKind, 'summit'>): RecordChange {
  const f = b.flags;
  const date = required(dateFlag(f.date, '--date', true), kind, '--date', '--date 2026-11-20');
  const day = f.effective && isPlainDate(f.effective) ? f.effective : earliestDay(date);
  const office = (fallback: string) => resolveOffice(b.record, f.office ?? fallback);
  let entry: Entry;
  switch (kind) {
    case 'appoint': {
      const o = office('secretary-general');
      const holder = o.heldBy === 'person' ? { person: b.person(kind) } : { party: b.party(f.party, '--party', kind) };
      const term = durationFlag(f.term, '--term');
      const id = b.decisionId(`appoint-${o.id}-${holder.person ?? holder.party}-${year(date)}`);
      entry = decisionEntry(b, kind, id, { office: o.id, ...holder, ...(term ? { term } : {}) }, date);
      break;
    }
    case 'extend':
    case 'end-term': {
      const o = office('secretary-general');
      const holder = f.person !== undefined ? { person: resolvePerson(b.record, f.person).id } : f.party !== undefined ? { party: b.party(f.party, '--party', kind) } : b.holderOf(o.id, day);
      const fields: Entry = { office: o.id, ...holder };
      if (kind === 'extend') {
        const by = durationFlag(f.for, '--for');
        const until = dateFlag(f.until, '--until', false);
        if ((by === undefined) === (until === undefined)) throw usage('record extend needs either --for DURATION or --until DATE', 'For example: turnus record extend --for P1Y --date 2026-11-20 --source https://…');
        Object.assign(fields, by ? { for: by } : { until });
      } else {
        fields.cause = oneOf(required(f.cause, kind, '--cause', '--cause resigned'), EndCause.options, '--cause');
      }
      const who = holder.person ?? holder.party ?? 'holder';
      entry = decisionEntry(b, kind, b.decisionId(`${kind}-${o.id}-${who}-${year(date)}`), fields, date);
      break;
    }
    case 'handover': {
      const o = office('chair');
      const to = b.party(f.to, '--to', kind);
      const from = f.from !== undefined ? b.party(f.from, '--from', kind) : b.holderOf(o.id, day).party;
      if (from === to) throw new CliError('E_INVALID_OPTION', `${to} already holds the ${o.id} on ${day}: a handover needs another party`, { hint: 'Check --to and --date; turnus who shows the holder that day.' });
      entry = decisionEntry(b, kind, b.decisionId(`handover-${o.id}-${year(date)}-${to.toLowerCase()}`), { office: o.id, ...(from ? { from } : {}), to }, date);
      break;
    }
    case 'admit':
    case 'observer':
    case 'suspend':
    case 'reinstate':
    case 'withdraw': {
      const party = b.party(f.party, '--party', kind, { allowNew: kind === 'admit' || kind === 'observer' });
      const fields: Entry = { party, ...(kind === 'admit' && f.founding ? { founding: true } : {}), ...(kind === 'admit' ? membershipTerm(f, day) : {}) };
      entry = decisionEntry(b, kind, b.decisionId(`${kind}-${party.toLowerCase()}-${year(date)}`), fields, date);
      break;
    }
    case 'rename': {
      const party = f.party !== undefined ? b.party(f.party, '--party', kind) : undefined;
      const name = required(f.name, kind, '--name', '--name "Organization of Turkic States"');
      const language = f.language ?? 'en';
      const forms: Entry = { name, official: f.official, abbreviation: f.abbreviation };
      const fields: Entry = { ...(party ? { party } : {}), names: { [language]: forms }, ...(f.sortName ? { sortNames: { [language]: f.sortName } } : {}) };
      entry = decisionEntry(b, kind, b.decisionId(`rename-${party ? party.toLowerCase() : b.record.organization.id}-${year(date)}`), fields, date);
      break;
    }
    case 'adopt': {
      const title = required(f.title, kind, '--title', '--title "Istanbul Declaration" --document declaration');
      const document = oneOf(required(f.document, kind, '--document', '--document declaration'), DocumentKind.options, '--document');
      entry = decisionEntry(b, kind, b.decisionId(`adopt-${slugify(title, 40)}-${year(date)}`), { title, document, url: f.url }, date);
      break;
    }
    case 'skip':
    case 'defer': {
      const o = office('chair');
      const party = b.party(f.party, '--party', kind);
      entry = decisionEntry(b, kind, b.decisionId(`${kind}-${o.id}-${party.toLowerCase()}-${year(date)}`), { office: o.id, party }, date);
      break;
    }
    case 'swap': {
      const o = office('chair');
      const parties = f.parties ?? [];
      if (parties.length !== 2) throw usage('record swap needs --parties A B (two parties)', 'For example: turnus record swap --parties TR UZ --date 2026-11-20 --source https://…');
      const [a, c] = [b.party(parties[0], '--parties', kind), b.party(parties[1], '--parties', kind)];
      entry = decisionEntry(b, kind, b.decisionId(`swap-${o.id}-${a.toLowerCase()}-${c.toLowerCase()}-${year(date)}`), { office: o.id, parties: [a, c] }, date);
      break;
    }
    case 'replace': {
      const o = office('chair');
      const party = b.party(f.party, '--party', kind);
      const replacement = b.party(f.with, '--with', kind);
      entry = decisionEntry(b, kind, b.decisionId(`replace-${o.id}-${party.toLowerCase()}-${replacement.toLowerCase()}-${year(date)}`), { office: o.id, party, with: replacement }, date);
      break;
    }
    case 'other': {
      const title = required(f.title, kind, '--title', '--title "Day of Turkic cooperation"');
      entry = decisionEntry(b, kind, b.decisionId(`${slugify(title, 40)}-${year(date)}`), { title }, date);
      break;
    }
  }
  return { id: String(entry.id), list: 'decisions', entry, sources: b.sources, people: b.people, parties: b.parties };
}

function buildSummit(b: Builder): RecordChange {
  const f = b.flags;
  const existing = f.id !== undefined ? b.record.summits.find((s) => s.id === f.id) : undefined;
  const date = dateFlag(f.date, '--date', true);
  const ordinal = f.ordinal === undefined ? undefined : Number(f.ordinal);
  if (ordinal !== undefined && (!Number.isInteger(ordinal) || ordinal < 1)) throw new CliError('E_INVALID_OPTION', `--ordinal ${JSON.stringify(f.ordinal)} is not a positive whole number`, { hint: 'For the 13th summit: --ordinal 13' });
  const kind = oneOf(f.kind, SummitKind.options, '--kind') as Summit['kind'] | undefined;
  const mode = oneOf(f.mode, SummitMode.options, '--mode');
  const host = f.host !== undefined ? b.party(f.host, '--host', 'summit') : undefined;
  const endDate = dateFlag(f.endDate, '--end-date', false);
  const statusGiven = oneOf(f.status, SummitStatus.options, '--status');
  const fields: Entry = {
    series: f.series,
    ordinal,
    kind,
    mode,
    name: f.name,
    host,
    city: f.city,
    venue: f.venue,
    date,
    endDate,
    theme: f.theme,
    notes: notesOf(f).length ? notesOf(f) : undefined,
  };
  if (existing) {
    // Recording that a planned summit took place: the flags given update it in place, and a
    // planned summit whose (now full) date has passed becomes held unless --status says otherwise.
    const day = date ?? existing.date;
    const status = statusGiven ?? (existing.status === 'planned' && isPlainDate(day) && day <= b.today ? 'held' : undefined);
    const update: Entry = { ...fields, status, sources: b.sourceIds('summit') };
    return { id: existing.id, list: 'summits', update, sources: b.sources, people: b.people, parties: b.parties };
  }
  const day = required(date, 'summit', '--date', '--date 2026-11-20 --kind ordinary --ordinal 13 --host TR --city Istanbul');
  const status = statusGiven ?? (isPlainDate(day) && day <= b.today ? 'held' : 'planned');
  const summitKind = kind ?? 'ordinary';
  const place = slugify(f.city ?? (host ? host : ''), 24);
  const base = summitKind === 'ordinary' && ordinal !== undefined ? `${f.series ?? b.record.organization.id}-${ordinal}${place ? `-${place}` : ''}-${year(day)}` : `${summitKind}${place ? `-${place}` : ''}-${year(day)}`;
  const taken = new Set(b.record.summits.map((s) => s.id));
  const id = f.id ?? uniqueId(slugify(base, 64), taken);
  const entry: Entry = {
    id,
    series: f.series,
    ordinal,
    kind: summitKind,
    mode,
    status,
    name: f.name,
    host,
    city: f.city,
    venue: f.venue,
    date: day,
    endDate,
    theme: f.theme,
    notes: fields.notes,
    sources: b.sourceIds('summit'),
  };
  return { id, list: 'summits', entry, sources: b.sources, people: b.people, parties: b.parties };
}

/**
 * The entries a `turnus record <kind>` command adds: the decision (or summit) built from its
 * flags, plus any source, person or party it names that the record does not have yet.
 * Throws a usage error (exit 2) for missing or malformed flags; whether the result is a valid
 * record is for the validator to say.
 */
export function buildChange(record: OrganizationRecord, kind: RecordKind, flags: RecordFlags, today: PlainDate): RecordChange {
  const builder = new Builder(record, flags, today);
  const change = kind === 'summit' ? buildSummit(builder) : buildDecision(builder, kind);
  // New people and parties rest on the same sources as the decision that brings them in.
  const sources = (change.entry?.sources ?? change.update?.sources ?? []) as string[];
  for (const p of builder.people) (p as { sources: string[] }).sources = [...sources];
  for (const p of builder.parties) (p as { sources: string[] }).sources = [...sources];
  return change;
}
