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

function renderPage(route: Route, today: PlainDate): RenderedPage {
  setLang(route.lang);
  const head = render(
    <>
      <title>{route.title}</title>
      <meta name="description" content={route.description} />
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
export function renderSite(today: PlainDate, { flags = [] }: { flags?: readonly string[] } = {}): RenderedPage[] {
  setAvailableFlags(flags);
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
