import {
  earliestDay,
  effectiveDay,
  partyDisplayName,
  personDisplayName,
  type Decision,
  type NameForms,
  type OrganizationRecord,
  type PlainDate,
  type Tenure,
  parseDuration,
} from '@turnus/core';
import { describeDecision as describeDecisionInCore, describeDuration } from '@turnus/core/describe';
import { lang } from '../i18n/lang';
import { t } from '../i18n/messages';

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
    .map((d) => ({ names: d.names[lang()] ?? d.names.en ?? Object.values(d.names)[0]!, from: effectiveDay(d) }))
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
 * A decision in one plain sentence, in the page's language: the core's words
 * (`describeDecision` of `@turnus/core/describe`), the same the CLI prints.
 */
export function describeDecision(record: OrganizationRecord, d: Decision): string {
  return describeDecisionInCore(record, d, { lang: lang() });
}

/** An ISO duration in words in the page's language: `P3Y` → "three years", "3 yıl", "3 года". */
export function durationWords(duration: string): string {
  const parts = parseDuration(duration);
  return parts ? describeDuration(parts, lang()) : duration;
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
