import type { Office, OrganizationRecord, Party, Person, Summit } from '@turnus/core';
import { CliError } from '../errors';
import { chairOfficeId, secretaryGeneralOfficeId } from './office-roles';

/**
 * A name without case or accents. ASCII has neither compatibility forms nor marks, so it skips
 * the normalization and the Unicode set of marks, which cost ICU's start-up on every query.
 */
const fold = (text: string) => (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase().trim();

function list(ids: readonly string[]): string {
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
}

/**
 * An office named on the command line: its id (`chair`, `secretary-general`), one of its
 * names in any language (compared without case or accents), the initials of a hyphenated id
 * (`sg`) when they are unambiguous, or its role: `chair` for the organization's rotating chair
 * whatever its id (`president` for the UN Security Council), `secretary-general` (or `sg`) for its
 * Secretary-General.
 */
export function resolveOffice(record: OrganizationRecord, name: string): Office {
  const wanted = fold(name);
  const initials = (id: string) => id.split('-').map((part) => part[0]).join('');
  const byInitials = record.offices.filter((o) => o.id.includes('-') && initials(o.id) === wanted);
  const office =
    record.offices.find((o) => o.id === name) ??
    record.offices.find((o) => fold(o.id) === wanted || Object.values(o.names).some((n) => fold(n) === wanted)) ??
    // `sg` for secretary-general, when no other office has the same initials.
    (byInitials.length === 1 ? byInitials[0] : undefined) ??
    // `chair` for the organization's rotating chair whatever its id (the UNSC's `president`).
    byRole(record, wanted);
  if (!office) {
    throw new CliError('E_UNKNOWN_OFFICE', `no office "${name}" in the record of ${record.organization.id}`, {
      hint: record.offices.length > 0 ? `Offices: ${list(record.offices.map((o) => o.id))}` : 'The record has no offices yet: add one under offices in the record file (docs/records.md shows how).',
    });
  }
  return office;
}

function byRole(record: OrganizationRecord, wanted: string): Office | undefined {
  const id = wanted === 'chair' ? chairOfficeId(record) : wanted === 'secretary-general' || wanted === 'sg' ? secretaryGeneralOfficeId(record) : undefined;
  return id === undefined ? undefined : record.offices.find((o) => o.id === id);
}

/**
 * A party named on the command line: its id in any case (`tr`, `TR`, `trnc`) or one of its names
 * at founding (`Turkey`), compared without case or accents.
 */
export function resolveParty(record: OrganizationRecord, name: string): Party {
  const wanted = fold(name);
  const party =
    record.parties.find((p) => p.id === name) ??
    record.parties.find((p) => fold(p.id) === wanted) ??
    record.parties.find((p) => Object.values(p.names).some((n) => [n.name, n.official, n.abbreviation].some((x) => x !== undefined && fold(x) === wanted))) ??
    findRenamedParty(record, wanted);
  if (!party) {
    throw new CliError('E_UNKNOWN_PARTY', `no party "${name}" in the record of ${record.organization.id}`, {
      hint: `Parties: ${list(record.parties.map((p) => p.id))}`,
    });
  }
  return party;
}

/** A party found by a later name (Türkiye), given by a `rename` decision. */
function findRenamedParty(record: OrganizationRecord, wanted: string): Party | undefined {
  for (const decision of record.decisions) {
    if (decision.type !== 'rename' || decision.party === undefined) continue;
    const names = Object.values(decision.names).flatMap((n) => [n.name, n.official, n.abbreviation]);
    if (names.some((x) => x !== undefined && fold(x) === wanted)) return record.parties.find((p) => p.id === decision.party);
  }
  return undefined;
}

/** A person named on the command line: their id or one of their names or transliterations. */
export function resolvePerson(record: OrganizationRecord, name: string): Person {
  const wanted = fold(name);
  const person =
    record.people.find((p) => p.id === name) ??
    record.people.find((p) => [...Object.values(p.names), ...(p.transliterations ?? [])].some((n) => fold(n) === wanted));
  if (!person) {
    throw new CliError('E_UNKNOWN_PERSON', `no person "${name}" in the record of ${record.organization.id}`, {
      hint: `People: ${list(record.people.map((p) => p.id))}`,
    });
  }
  return person;
}

/**
 * A summit named on the command line: its id, or its ordinal (`8`, `8th`) in the organization's
 * own numbering (summits without a series), or `SERIES:ORDINAL` for another series.
 */
export function resolveSummit(record: OrganizationRecord, name: string): Summit {
  const byId = record.summits.find((s) => s.id === name);
  if (byId) return byId;
  const numbered = /^(?:([a-z0-9-]+):)?(\d+)(?:st|nd|rd|th)?$/i.exec(name.trim());
  if (numbered) {
    const series = numbered[1];
    const ordinal = Number(numbered[2]);
    const summit = record.summits.find((s) => s.ordinal === ordinal && s.series === series);
    if (summit) return summit;
  }
  const numberedIds = record.summits.filter((s) => s.ordinal !== undefined && s.series === undefined).map((s) => String(s.ordinal));
  throw new CliError('E_UNKNOWN_SUMMIT', `no summit "${name}" in the record of ${record.organization.id}`, {
    hint: `Give a summit id (turnus summits lists them) or an ordinal${numberedIds.length ? ` (${numberedIds[0]}–${numberedIds[numberedIds.length - 1]})` : ''}.`,
  });
}
