import { history, type OrganizationRecord, type Tenure } from '@turnus/core';

/** Every recorded tenure a person held, across offices, in date order. */
export function tenuresOf(record: OrganizationRecord, person: string): Tenure[] {
  return record.offices
    .flatMap((o) => history(record, o.id))
    .filter((t) => t.holder.person === person)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** People grouped by the office they held, in the order they held it; people with no office last. */
export function peopleByOffice(record: OrganizationRecord): { office: string | null; tenures: Tenure[]; people: string[] }[] {
  const groups: { office: string | null; tenures: Tenure[]; people: string[] }[] = [];
  const seen = new Set<string>();
  for (const office of record.offices.filter((o) => o.heldBy === 'person')) {
    const tenures = history(record, office.id).filter((t) => t.holder.person !== null);
    tenures.forEach((t) => seen.add(t.holder.person!));
    if (tenures.length > 0) groups.push({ office: office.id, tenures, people: [...new Set(tenures.map((t) => t.holder.person!))] });
  }
  const rest = record.people.map((p) => p.id).filter((id) => !seen.has(id));
  if (rest.length > 0) groups.push({ office: null, tenures: [], people: rest });
  return groups;
}
