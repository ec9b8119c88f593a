import { afterLatestDay, earliestDay, type Dispute, type Gap, type OrganizationRecord, type PlainDate } from '@turnus/core';

/** What a page is about, to find the gaps and disputes a visitor must see there. */
export interface Subject {
  /** Ids of summits or decisions shown on the page. */
  readonly ids?: readonly string[];
  readonly office?: string;
  readonly person?: string;
  readonly party?: string;
  /** A span of days `[start, end)`; with `office`, a gap about that office must overlap it. */
  readonly span?: { readonly start: PlainDate; readonly end: PlainDate | null };
}

function gapOverlaps(gap: Gap, span: Subject['span']): boolean {
  if (!span) return true;
  const start = gap.from ? earliestDay(gap.from) : '0000-01-01';
  const end = gap.to ? afterLatestDay(gap.to) : null;
  return (span.end === null || start < span.end) && (end === null || span.start < end);
}

/** The gaps (known unknowns) that concern a subject. */
export function gapsAbout(record: OrganizationRecord, subject: Subject): Gap[] {
  const ids = new Set(subject.ids ?? []);
  return (record.gaps ?? []).filter(
    (g) =>
      (g.concerns ?? []).some((c) => ids.has(c)) ||
      (subject.person !== undefined && g.person === subject.person) ||
      (subject.party !== undefined && g.party === subject.party) ||
      (subject.office !== undefined && g.office === subject.office && g.person === undefined && gapOverlaps(g, subject.span)),
  );
}

/** The disputes (sources that disagree) about any of the ids shown. */
export function disputesAbout(record: OrganizationRecord, ids: readonly string[]): Dispute[] {
  const set = new Set(ids);
  return (record.disputes ?? []).filter((d) => (d.concerns ?? []).some((c) => set.has(c)));
}
