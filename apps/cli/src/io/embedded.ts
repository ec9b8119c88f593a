import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationRecord } from '@turnus/core';
import { CliError } from '../errors';

/**
 * The embedded records: precompiled, already-validated JSON files that the build writes next to
 * the program (`dist/records/<org>.json`, from @turnus/data). Only the record asked for is read
 * and parsed, so start-up does not grow with the number of organizations.
 */
const FOLDER = join(import.meta.dirname, 'records');

/** The ids of the embedded organizations. */
export function embeddedIds(): string[] {
  try {
    return readdirSync(FOLDER)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
  } catch {
    return [];
  }
}

/** An embedded record by organization id (default `ots`). */
export function embeddedRecord(org: string | undefined): OrganizationRecord {
  const id = org ?? 'ots';
  const unknown = () => new CliError('E_UNKNOWN_ORG', `no embedded record for organization "${id}"`, { hint: `Embedded organizations: ${embeddedIds().join(', ') || 'none'}; or give a record file with --data.` });
  // The id becomes a file name: nothing but a lowercase slug may reach the file system.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw unknown();
  let text: string;
  try {
    text = readFileSync(join(FOLDER, `${id}.json`), 'utf8');
  } catch {
    throw unknown();
  }
  return JSON.parse(text) as OrganizationRecord;
}

/**
 * The ranks of an embedded record's names in English alphabetical order, which the build wrote
 * (dist/name-order/<org>.json; see render/name-order.ts), or undefined when there are none.
 */
export function embeddedNameRanks(org: string): ReadonlyMap<string, number> | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(org)) return undefined;
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(join(import.meta.dirname, 'name-order', `${org}.json`), 'utf8')) as Record<string, number>));
  } catch {
    return undefined;
  }
}
