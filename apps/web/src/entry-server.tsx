// The prerender entry, built with `vite build --ssr`: renders every route to HTML strings and
// generates the downloads. scripts/prerender.mjs writes them into dist/. No I/O here.
import type { PlainDate } from '@turnus/core';
import { records } from '@turnus/data';
import MiniSearch from 'minisearch';
import { render } from 'preact-render-to-string';
import { SEARCH_OPTIONS, searchDocuments, type SearchDocument } from './lib/search';
import { Layout } from './components/Layout';
import { downloadFiles, type DownloadFile } from './lib/downloads';
import { setAvailableFlags } from './lib/flags';
import { shareImageSvg } from './lib/share-image';
import { setSiteUrl } from './lib/site';
import { islandSlice } from './lib/record-slice';
import { paths } from './lib/paths';
import { localized, setLang } from './i18n/lang';
import { provideRecord } from './lib/record-store';
import { allRoutes, notFoundRoute, type Route } from './routes';

export interface RenderedPage {
  readonly path: string;
  readonly lang: string;
  /** The `<title>` and description, rendered (and escaped) for the document's head. */
  readonly head: string;
  readonly body: string;
}

// The islands read records from the store; on the server, every record is there from the start.
for (const record of Object.values(records)) provideRecord(record);

/** Where the site is served, for absolute links in previews (TURNUS_SITE_URL at build; else paths only). */
let site = '';

function absolute(path: string): string {
  return `${site}${path}`;
}

/** The preview image of a page: its organization's, else the site's. */
export function shareImagePath(org: string | undefined): string {
  return `/og/${org ?? 'turnus'}.png`;
}

function renderPage(route: Route, today: PlainDate): RenderedPage {
  setLang(route.lang);
  const image = absolute(shareImagePath(route.record?.organization.id));
  const head = render(
    <>
      <title>{route.title}</title>
      <meta name="description" content={route.description} />
      <link rel="canonical" href={absolute(route.path)} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content="Turnus" />
      <meta property="og:title" content={route.title} />
      <meta property="og:description" content={route.description} />
      <meta property="og:url" content={absolute(route.path)} />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:locale" content={{ en: 'en_GB', tr: 'tr_TR', ru: 'ru_RU' }[route.lang]} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={route.title} />
      <meta name="twitter:description" content={route.description} />
      <meta name="twitter:image" content={image} />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="icon" href="/favicon-32.png" sizes="32x32" type="image/png" />
      <link rel="apple-touch-icon" href="/icon-192.png" />
      <link rel="manifest" href="/manifest.webmanifest" />
      <meta name="turnus-build-date" content={today} />
      {route.alternates.length > 1
        ? [...route.alternates.map((l) => <link key={l} rel="alternate" hreflang={l} href={localized(route.basePath, l)} />), <link key="x-default" rel="alternate" hreflang="x-default" href={route.basePath} />]
        : null}
    </>,
  );
  const body = render(
    <Layout {...(route.record ? { record: route.record } : {})} path={route.basePath} today={today} alternates={route.alternates}>
      {route.content()}
    </Layout>,
  );
  setLang('en');
  return { path: route.path, lang: route.lang, head, body };
}

/** Every party id of every record (the prerender copies their flags). */
export function partyIds(): string[] {
  return Object.values(records).flatMap((r) => r.parties.map((p) => p.id));
}

/** Every page of the site, as of `today` (the build date); `flags` are the flag codes copied into dist/flags/. */
export function renderSite(today: PlainDate, { flags = [], siteUrl = '' }: { flags?: readonly string[]; siteUrl?: string } = {}): RenderedPage[] {
  setAvailableFlags(flags);
  site = siteUrl.replace(/\/$/, '');
  setSiteUrl(site);
  return [...allRoutes(records, today).map((r) => renderPage(r, today)), renderPage(notFoundRoute(), today)];
}

/** The downloadable files of every organization, generated from the records. */
export function renderDownloads(today: PlainDate): DownloadFile[] {
  return Object.values(records).flatMap((r) => downloadFiles(r, today));
}

/** The search index of every record, as MiniSearch's JSON (the search island loads it). */
export function renderSearchIndex(today: PlainDate): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments(Object.values(records), today));
  return JSON.stringify(index);
}

/** The link-preview images (SVG, for the prerender to turn into PNG): one per organization and one for the site. */
export function renderShareImages(today: PlainDate): { path: string; svg: string }[] {
  return [
    { path: shareImagePath(undefined), svg: shareImageSvg(undefined, today) },
    ...Object.values(records).map((r) => ({ path: shareImagePath(r.organization.id), svg: shareImageSvg(r, today) })),
  ];
}

/** Every page's address, for the sitemap, with its language alternates. */
export function sitemapEntries(today: PlainDate): { path: string; alternates: { lang: string; path: string }[] }[] {
  return allRoutes(records, today).map((r) => ({ path: r.path, alternates: r.alternates.length > 1 ? r.alternates.map((l) => ({ lang: l, path: localized(r.basePath, l) })) : [] }));
}

/** The data each organization's islands fetch: the slice of its record they need. */
export function renderIslandData(): { path: string; content: string }[] {
  return Object.values(records).map((r) => ({ path: paths.islandData(r.organization.id), content: JSON.stringify(islandSlice(r)) }));
}
