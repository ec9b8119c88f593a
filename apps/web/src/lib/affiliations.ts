import { organizationName, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { lang } from '../i18n/lang';

/** One side of an affiliation as a page shows it: the other organization, named, and whether the site has its pages. */
export interface AffiliationLink {
  readonly org: string;
  readonly name: string;
  /** The site has a record (and so pages) for it. */
  readonly built: boolean;
  readonly sources: readonly string[];
}

/**
 * Both sides of the `affiliatedWith` relation for one organization: the organizations it is
 * affiliated with (its own record says so) and those affiliated with it (their records say so;
 * the relation is recorded on one side only). Names in the page's language where the records have them.
 */
export function affiliationsOf(record: OrganizationRecord, site: readonly OrganizationRecord[], today: PlainDate): { of: AffiliationLink[]; affiliates: AffiliationLink[] } {
  const name = (r: OrganizationRecord) => organizationName(r, today, lang()).name;
  const of = (record.organization.affiliatedWith ?? []).map((a): AffiliationLink => {
    const other = site.find((r) => r.organization.id === a.organization);
    return { org: a.organization, name: other ? name(other) : (a.name ?? a.organization), built: other !== undefined, sources: a.sources ?? [] };
  });
  const affiliates = site
    .flatMap((r) => (r.organization.affiliatedWith ?? []).filter((a) => a.organization === record.organization.id).map((): AffiliationLink => ({ org: r.organization.id, name: name(r), built: true, sources: [] })))
    .sort((a, b) => a.name.localeCompare(b.name, lang()));
  return { of, affiliates };
}
