import type { OrganizationRecord } from '@turnus/core';

/**
 * The records the islands read, by organization id. On the server every record is provided up
 * front; in the browser the loader fetches the one record a page needs (its JSON download) and
 * provides it before hydrating, so no page ships every organization's data in its scripts.
 */
const store = new Map<string, OrganizationRecord>();

export function provideRecord(record: OrganizationRecord): void {
  store.set(record.organization.id, record);
}

/** The record of `org`. @throws {Error} when it was not provided (a wiring bug). */
export function recordOf(org: string): OrganizationRecord {
  const record = store.get(org);
  if (!record) throw new Error(`no record loaded for organization "${org}"`);
  return record;
}
