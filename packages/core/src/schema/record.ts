import { z } from 'zod';
import { IsoDuration, PlainDate } from './common';
import { Decision } from './decision';
import { Attestation } from './attestation';
import { Dispute, Gap } from './gap';
import { Office } from './office';
import { Organization } from './organization';
import { Party } from './party';
import { Person } from './person';
import { Source } from './source';
import { Summit } from './summit';

/**
 * Everything known about one organization: the single document the engine reads.
 * Membership, names over time, and the holders of every office are derived from `decisions`.
 */
export const OrganizationRecord = z.strictObject({
  /** A pointer to the JSON Schema, for editors. */
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  organization: Organization,
  /** The day the record was last checked against its sources. */
  asOf: PlainDate,
  /** How old `asOf` may grow before `check` warns that the record needs review (default `P6M`). */
  staleAfter: IsoDuration.optional(),
  /**
   * The knowledge horizon: the day through which the record is complete, every event up to that
   * day that its sources report being in it (usually the date of the newest page read). Not
   * `asOf`, the day it was last checked. Before it, an event the record does not have did not
   * happen; after it, answers that depend on unrecorded events are expected or uncertain. An
   * office may set its own (`offices[].horizon`).
   */
  horizon: PlainDate.optional().meta({
    description:
      'The day through which the record is complete: every event up to that day that its sources report is in it (usually the date of the newest page read; not asOf). Before it, an event not recorded did not happen; after it, answers that depend on unrecorded events are uncertain. An office may set its own horizon.',
  }),
  sources: z.array(Source),
  parties: z.array(Party),
  people: z.array(Person),
  offices: z.array(Office),
  summits: z.array(Summit),
  decisions: z.array(Decision),
  gaps: z.array(Gap).optional(),
  disputes: z.array(Dispute).optional(),
  /** Days on which a source shows a holder in office (see `Attestation`): the last confirmation of a period with no known end. */
  attestations: z.array(Attestation).optional(),
});
export type OrganizationRecord = z.infer<typeof OrganizationRecord>;
