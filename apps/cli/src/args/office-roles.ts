import type { OrganizationRecord } from '@turnus/core';

/**
 * The organization's rotating chair: the office with the id `chair`, else the record's first
 * party-held office governed by a rotation (the UN Security Council's `president`, the Council
 * of the EU's `presidency`). `undefined` when the organization has none. `state --json`'s `chair`
 * shortcut reads it, and `chair` names it on the command line.
 */
export function chairOfficeId(record: OrganizationRecord): string | undefined {
  return (record.offices.find((o) => o.id === 'chair') ?? record.offices.find((o) => o.heldBy === 'party' && o.rules.some((r) => r.kind === 'rotation')))?.id;
}

/**
 * The Secretary-General: the office with the id `secretary-general`, else the first person-held
 * office whose English name is "Secretary-General" (or "Secretary General").
 */
export function secretaryGeneralOfficeId(record: OrganizationRecord): string | undefined {
  return (record.offices.find((o) => o.id === 'secretary-general') ?? record.offices.find((o) => o.heldBy === 'person' && /^secretary[- ]general$/i.test(o.names.en ?? '')))?.id;
}
