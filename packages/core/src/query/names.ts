import type { PlainDate } from '../calendar/plain-date';
import { compile, namesOn, partyName } from '../model/compile';
import type { MembershipPeriod } from '../model/types';
import type { NameForms } from '../schema/common';
import type { OrganizationRecord } from '../schema/record';
import { checkDate } from '../model/_arguments';

/**
 * The organization's names on `date` in `language` (falling back to English).
 * @example organizationName(ots, '2021-11-11').name // 'Turkic Council'
 */
export function organizationName(record: OrganizationRecord, date: PlainDate, language = 'en'): NameForms {
  const model = compile(record);
  checkDate(date, 'organizationName: date');
  const names = namesOn(model.organizationNames, date).names;
  return names[language] ?? names.en ?? Object.values(names)[0] ?? { name: record.organization.id };
}

/**
 * A party's name on `date` in `language`: "Turkey" before 1 June 2022, "Türkiye" from then on.
 * Falls back to English, then to the id.
 */
export function partyDisplayName(record: OrganizationRecord, party: string, date: PlainDate, language = 'en', form: 'name' | 'official' = 'name'): string {
  const model = compile(record);
  checkDate(date, 'partyDisplayName: date');
  return partyName(model, party, date, language, form);
}

/** A person's name in `language` (falling back to English, then any, then the id). */
export function personDisplayName(record: OrganizationRecord, person: string, language = 'en'): string {
  const p = compile(record).people.get(person);
  if (!p) return person;
  return p.names[language] ?? p.names.en ?? Object.values(p.names)[0] ?? person;
}

/** Every party's standing over time (member, observer, suspended, withdrawn), by party id. */
export function membershipHistory(record: OrganizationRecord): ReadonlyMap<string, readonly MembershipPeriod[]> {
  return compile(record).membership;
}
