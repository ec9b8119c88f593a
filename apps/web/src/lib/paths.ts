import { localized } from '../i18n/lang';

/**
 * The site's URLs. Pages are addressed in the page's language (`/tr/ots/people/` on a Turkish
 * page); files (downloads, data, the search index) have one address. Every route is a folder with an index.html, so links end with a slash and
 * work on any static host.
 */
export const paths = {
  home: () => localized('/'),
  /** The search index, built with the site. */
  searchIndex: () => '/search-index.json',
  overview: (org: string) => localized(`/${org}/`),
  timeline: (org: string) => localized(`/${org}/timeline/`),
  summits: (org: string) => localized(`/${org}/summits/`),
  summit: (org: string, id: string) => localized(`/${org}/summits/${id}/`),
  people: (org: string) => localized(`/${org}/people/`),
  person: (org: string, id: string) => localized(`/${org}/people/${id}/`),
  onThisDate: (org: string, date?: string) => localized(`/${org}/on/${date ? `?on=${date}` : ''}`),
  projections: (org: string) => localized(`/${org}/projections/`),
  rules: (org: string) => localized(`/${org}/rules/`),
  sources: (org: string) => localized(`/${org}/sources/`),
  source: (org: string, id: string) => localized(`/${org}/sources/#source-${id}`),
  gap: (org: string, id: string) => localized(`/${org}/sources/#gap-${id}`),
  dispute: (org: string, id: string) => localized(`/${org}/sources/#dispute-${id}`),
  downloads: (org: string) => localized(`/${org}/downloads/`),
  download: (org: string, file: string) => `/${org}/downloads/${file}`,
  /** The part of the record the islands read (see `islandSlice`). */
  islandData: (org: string) => `/${org}/data/record.json`,
  /** The record as JSON, a download. */
  recordJson: (org: string) => `/${org}/downloads/${org}.json`,
} as const;

/** The output file of a route: `/ots/timeline/` → `ots/timeline/index.html`. */
export function routeFile(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}
