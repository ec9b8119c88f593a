/**
 * The site's URLs. Every route is a folder with an index.html, so links end with a slash and
 * work on any static host.
 */
export const paths = {
  home: () => '/',
  /** The search index, built with the site. */
  searchIndex: () => '/search-index.json',
  overview: (org: string) => `/${org}/`,
  timeline: (org: string) => `/${org}/timeline/`,
  summits: (org: string) => `/${org}/summits/`,
  summit: (org: string, id: string) => `/${org}/summits/${id}/`,
  people: (org: string) => `/${org}/people/`,
  person: (org: string, id: string) => `/${org}/people/${id}/`,
  onThisDate: (org: string, date?: string) => `/${org}/on/${date ? `?on=${date}` : ''}`,
  projections: (org: string) => `/${org}/projections/`,
  rules: (org: string) => `/${org}/rules/`,
  sources: (org: string) => `/${org}/sources/`,
  source: (org: string, id: string) => `/${org}/sources/#source-${id}`,
  gap: (org: string, id: string) => `/${org}/sources/#gap-${id}`,
  dispute: (org: string, id: string) => `/${org}/sources/#dispute-${id}`,
  downloads: (org: string) => `/${org}/downloads/`,
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
