import type { OrganizationRecord, PlainDate } from '@turnus/core';

/** What every page of an organization is rendered from: the record, the build's "today", its path. */
export interface PageContext {
  readonly record: OrganizationRecord;
  /** The build date: the prerendered HTML states the organization as of this day. */
  readonly today: PlainDate;
  readonly path: string;
  /** Every organization of the site (for relations between them); the record alone when not given. */
  readonly site?: readonly OrganizationRecord[];
}
