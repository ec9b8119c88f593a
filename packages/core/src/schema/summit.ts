import { z } from 'zod';
import { Grade, PartialDate, PartyId, PlainDate, Slug, SourceRefs } from './common';

export const SummitKind = z.enum(['ordinary', 'informal', 'extraordinary']);
export type SummitKind = z.infer<typeof SummitKind>;

export const SummitMode = z.enum(['in-person', 'online', 'hybrid']);
export type SummitMode = z.infer<typeof SummitMode>;

export const SummitStatus = z.enum(['held', 'planned', 'postponed', 'cancelled']);
export type SummitStatus = z.infer<typeof SummitStatus>;

/**
 * A meeting of the organization's highest body. Ordinary summits are numbered within their
 * series; informal and extraordinary ones are not. Decisions taken there point back to it.
 */
export const Summit = z.strictObject({
  id: Slug,
  /** The numbering series; absent means the organization's own. */
  series: Slug.optional(),
  ordinal: z.number().int().positive().optional(),
  kind: SummitKind,
  /** In person, online or hybrid; absent when the sources do not say. */
  mode: SummitMode.optional(),
  status: SummitStatus,
  name: z.string().optional(),
  host: PartyId.optional(),
  city: z.string().optional(),
  venue: z.string().optional(),
  /** The heads-of-state day, or the first day of a range; partial for planned summits. */
  date: PartialDate,
  /** The last day when the summit ran over several days. */
  endDate: PlainDate.optional(),
  theme: z.string().optional(),
  notes: z.array(z.string()).optional(),
  sources: SourceRefs.optional(),
  /**
   * The body that meets, when not the heads of state: `council-of-foreign-ministers`,
   * `heads-of-government`, a council's own id. Absent: the organization's highest body.
   */
  body: Slug.optional(),
  /** The offices that pass to their next holder at this event (for rotations triggered by events). */
  passes: z.array(Slug).optional(),
  /** How well the event is established (absent: `reported`). */
  grade: Grade.optional(),
});
export type Summit = z.infer<typeof Summit>;
