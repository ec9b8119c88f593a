import {
  addDays,
  earliestDay,
  partyDisplayName,
  personDisplayName,
  type Decision,
  type NameForms,
  type OrganizationRecord,
  type PlainDate,
  type Tenure,
} from '@turnus/core';
import { lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { formatDate } from './dates';

/** The day a decision took effect: its `effective` day when it has one, else its (earliest) date. */
export function effectiveOf(decision: Decision): PlainDate {
  return 'effective' in decision && decision.effective !== undefined ? decision.effective : earliestDay(decision.date);
}

/** An office's name in English (falling back to its id). */
export function officeName(record: OrganizationRecord, office: string): string {
  const o = record.offices.find((x) => x.id === office);
  return o?.names[lang()] ?? o?.names.en ?? Object.values(o?.names ?? {})[0] ?? office;
}

/** A person's name in the page's language, where the record has it (else in English). */
export function personName(record: OrganizationRecord, person: string): string {
  return personDisplayName(record, person, lang());
}

/** A party's name as it was on `date` ("Turkey" before 1 June 2022, "Türkiye" after). */
export function partyName(record: OrganizationRecord, party: string, date: PlainDate): string {
  return partyDisplayName(record, party, date, lang());
}

/** Who a tenure's holder is, in words: the person's name, else the party's name that day. */
export function holderName(record: OrganizationRecord, tenure: Tenure, date: PlainDate = tenure.start): string {
  if (tenure.holder.person) return personName(record, tenure.holder.person);
  if (tenure.holder.party) return partyName(record, tenure.holder.party, date);
  return t('holderUnknown');
}

/** A projected person-held period has no person: it names the nationality the rule gives. */
export function projectedHolderName(record: OrganizationRecord, tenure: Tenure): string {
  if (tenure.holder.person) return personName(record, tenure.holder.person);
  if (tenure.holder.party === null) return t('holderUnknown');
  const name = partyName(record, tenure.holder.party, tenure.start);
  const office = record.offices.find((o) => o.id === tenure.office);
  return office?.heldBy === 'person' ? t('aNationalOf')(name) : name;
}

/** The organization's English names over time: at founding, then after each rename. */
export interface NamePeriod {
  readonly names: NameForms;
  readonly from: PlainDate;
  readonly to: PlainDate | null;
}

export function organizationNameHistory(record: OrganizationRecord): NamePeriod[] {
  const renames = record.decisions
    .filter((d): d is Extract<Decision, { type: 'rename' }> => d.type === 'rename' && d.party === undefined)
    .map((d) => ({ names: d.names[lang()] ?? d.names.en ?? Object.values(d.names)[0]!, from: effectiveOf(d) }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  const first = { names: record.organization.names[lang()] ?? record.organization.names.en ?? Object.values(record.organization.names)[0]!, from: earliestDay(record.organization.founded.date) };
  const all = [first, ...renames];
  return all.map((p, i) => ({ ...p, to: all[i + 1]?.from ?? null }));
}

/** A name with its full form and abbreviation: "Turkic Council (Cooperation Council of Turkic Speaking States, CCTS)". */
export function fullName(names: NameForms): string {
  const extra = [names.official, names.abbreviation].filter((x, i, all): x is string => x !== undefined && x !== names.name && all.indexOf(x) === i);
  return extra.length > 0 ? `${names.name} (${extra.join(', ')})` : names.name;
}


/** A membership status in words. */
export function statusWord(status: string): string {
  return status === 'member' ? t('statusMember') : status === 'observer' ? t('statusObserver') : status === 'suspended' ? t('statusSuspended') : status === 'withdrawn' ? t('statusWithdrawn') : status;
}

/**
 * A decision in one plain sentence, with names as they were on its day:
 * "The chairmanship passed from Azerbaijan to Türkiye."
 */
export function describeDecision(record: OrganizationRecord, d: Decision): string {
  const on = effectiveOf(d);
  const party = (id: string) => partyName(record, id, on);
  const person = (id: string | undefined) => (id ? personDisplayName(record, id) : 'the holder');
  switch (d.type) {
    case 'appoint':
      return `${d.person ? person(d.person) : d.party ? party(d.party) : 'A holder'} appointed ${officeName(record, d.office)}${d.effective ? `, taking office on ${formatDate(d.effective)}` : ''}${d.term ? ` for a term of ${d.term}` : ''}.`;
    case 'extend':
      return `The term of ${d.person ? person(d.person) : d.party ? party(d.party) : 'the holder'} as ${officeName(record, d.office)} extended${d.for ? ` by ${durationWords(d.for)}` : ''}${d.until ? ` until ${formatDate(d.until)}` : ''}.`;
    case 'end-term':
      return `The term of ${d.person ? person(d.person) : d.party ? party(d.party) : 'the holder'} as ${officeName(record, d.office)} ended (${d.cause}).`;
    case 'handover':
      return `The ${officeName(record, d.office)} passed ${d.from ? `from ${party(d.from)} ` : ''}to ${party(d.to)}${d.effective ? ` on ${formatDate(d.effective)}` : ''}.`;
    case 'admit':
      return `${party(d.party)} ${d.founding ? 'became a founding member' : 'admitted as a member'}.`;
    case 'observer':
      return `${party(d.party)} granted observer status.`;
    case 'suspend':
      return `${party(d.party)} suspended.`;
    case 'reinstate':
      return `${party(d.party)} reinstated.`;
    case 'withdraw':
      return `${party(d.party)} withdrew.`;
    case 'rename': {
      const en = d.names.en ?? Object.values(d.names)[0];
      // The name the party had the day before the new one took effect.
      const what = d.party ? partyName(record, d.party, addDays(on, -1)) : 'The organization';
      return `${what} renamed ${en ? fullName(en) : ''}${d.effective ? `, with effect from ${formatDate(d.effective)}` : ''}.`;
    }
    case 'adopt':
      return `Adopted: ${d.title} (${d.document}).`;
    case 'change-rule':
      {
      const rule = record.offices.find((o) => o.id === d.office)?.rules.find((r) => r.id === d.rule);
      return `The rule of the ${officeName(record, d.office)} changed${rule ? `; the new rule is in force from ${formatDate(rule.from)}` : ''}.`;
    }
    case 'skip':
      return `${party(d.party)} skips its next turn as ${officeName(record, d.office)}.`;
    case 'defer':
      return `${party(d.party)} defers its next turn as ${officeName(record, d.office)}.`;
    case 'swap':
      return `${party(d.parties[0])} and ${party(d.parties[1])} swap their next turns as ${officeName(record, d.office)}.`;
    case 'replace':
      return `${party(d.with)} holds the ${officeName(record, d.office)} in place of ${party(d.party)} for one turn.`;
    case 'other':
      return `${d.title}.`;
  }
}

/** An ISO duration in words: `P1Y` → "1 year", `P6M` → "6 months", `P1Y6M` → "1 year and 6 months". */
export function durationWords(duration: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m) return duration;
  const units = ['year', 'month', 'week', 'day'];
  const parts = [m[1], m[2], m[3], m[4]]
    .map((n, i) => (n === undefined ? undefined : `${Number(n)} ${units[i]}${Number(n) === 1 ? '' : 's'}`))
    .filter((x): x is string => x !== undefined);
  return parts.length === 0 ? duration : parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The `lang` of a party's or person's name as shown on the page: `undefined` when the record has
 * the name in the page's language, else the language it falls back to (English), so that screen
 * readers pronounce it right.
 */
export function nameLang(record: OrganizationRecord, kind: 'party' | 'person', id: string): string | undefined {
  const l = lang();
  if (l === 'en') return undefined;
  const names = kind === 'party' ? record.parties.find((p) => p.id === id)?.names : record.people.find((p) => p.id === id)?.names;
  return names && l in names ? undefined : 'en';
}
