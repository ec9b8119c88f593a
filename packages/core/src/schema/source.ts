import { z } from 'zod';
import { PartialDate, PlainDate, Slug } from './common';

/**
 * How much weight a source carries, roughly: the organization or a member's government,
 * a state news agency, other press, a reference work, a copy of a reference work.
 */
export const SourceTier = z.enum(['official', 'agency', 'press', 'reference', 'mirror']);
export type SourceTier = z.infer<typeof SourceTier>;

/** A public document a fact rests on. */
export const Source = z.strictObject({
  id: Slug,
  title: z.string().min(1),
  url: z.url({ message: 'expected an absolute URL' }),
  publisher: z.string().min(1),
  /** Publication date, as precisely as known. */
  date: PartialDate.optional(),
  /** The day the page was read. */
  accessed: PlainDate.optional(),
  tier: SourceTier.optional(),
  language: z.string().optional(),
  /** A short quotation of the page, in its language, that states the fact cited. */
  quote: z.string().min(1).optional(),
  /**
   * Why `url` is not a deep link to the page (a page no longer online, a print source); a source
   * whose url is a bare domain must say why.
   */
  unreachable: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;
