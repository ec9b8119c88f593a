// Writes every route of the site into dist/ as static HTML, from the client build's index.html
// (which holds the hashed script and stylesheet) and the SSR build's renderer, then the
// downloads. Pages without an island get no script at all.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CSP_META } from './csp.mjs';
import { buildToday } from './today.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const server = join(root, 'dist-server');

const today = buildToday();
const { renderSite, renderDownloads, renderIslandData, renderSearchIndex, renderShareImages, sitemapEntries, partyIds } = await import(pathToFileURL(join(server, 'entry-server.js')).href);

// The flags the records need, copied from the flag-icons package (4:3 SVGs) into dist/flags/.
const flagDir = join(dirname(createRequire(import.meta.url).resolve('flag-icons/package.json')), 'flags', '4x3');
const flagCodes = new Set(readdirSync(flagDir).map((f) => f.replace(/\.svg$/, '')));
const flags = [...new Set(partyIds().map((id) => id.toLowerCase()))].filter((code) => flagCodes.has(code));
mkdirSync(join(dist, 'flags'), { recursive: true });
for (const code of flags) copyFileSync(join(flagDir, `${code}.svg`), join(dist, 'flags', `${code}.svg`));
const template = readFileSync(join(dist, 'index.html'), 'utf8');
if (!template.includes('<!--head-->') || !template.includes('<!--app-->')) throw new Error('dist/index.html lacks the <!--head--> or <!--app--> placeholder');
const script = /\s*<script type="module"[^>]*src="[^"]+"[^>]*><\/script>/;
if (!script.test(template)) throw new Error('dist/index.html has no module script to keep or remove');

// Vite's manifest describes the client chunks; the build-output test reads it from dist-server,
// so that the site itself does not publish it.
const manifest = join(dist, '.vite', 'manifest.json');
if (existsSync(manifest)) {
  renameSync(manifest, join(server, 'client-manifest.json'));
  rmSync(join(dist, '.vite'), { recursive: true, force: true });
}

// modulepreload for each island a page has: its module and the chunks it imports, so the browser
// fetches them in parallel with the entry instead of one after another.
const clientManifest = JSON.parse(readFileSync(join(server, 'client-manifest.json'), 'utf8'));
const ISLAND_SOURCES = {
  today: 'src/islands/today.ts',
  'date-explorer': 'src/islands/DateExplorer.tsx',
  'what-if': 'src/islands/WhatIfPanel.tsx',
  timeline: 'src/islands/TimelineChart.tsx',
  search: 'src/islands/SiteSearch.tsx',
};
function closure(key, seen = new Set()) {
  if (seen.has(key) || !clientManifest[key]) return seen;
  seen.add(key);
  for (const dep of clientManifest[key].imports ?? []) closure(dep, seen);
  return seen;
}
function preloads(body) {
  const keys = new Set();
  for (const [, name] of body.matchAll(/data-island="([^"]+)"/g)) {
    const source = ISLAND_SOURCES[name];
    if (!source) throw new Error(`no module known for the island "${name}"`);
    closure(source, keys);
    // Preact comes through a dynamic import of the entry, for every island but the plain ones.
    if (name !== 'today') for (const dep of Object.keys(clientManifest).filter((k) => clientManifest[k].name === 'preact')) closure(dep, keys);
  }
  const records = [...new Set([...body.matchAll(/data-record="([^"]+)"/g)].map((m) => m[1]))];
  return [
    ...[...keys].map((k) => `<link rel="modulepreload" href="/${clientManifest[k].file}" />`),
    ...records.map((r) => `<link rel="preload" href="${r}" as="fetch" crossorigin="anonymous" />`),
  ].join('\n    ');
}

const csp = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`;
let pages = 0;
// Where the site is served (for absolute links in previews, the sitemap and the calendar subscription).
const siteUrl = (process.env.TURNUS_SITE_URL ?? '').replace(/\/$/, '');
for (const page of renderSite(today, { flags, siteUrl })) {
  let html = template
    .replace('<html lang="en">', () => `<html lang="${page.lang}">`)
    .replace('<!--head-->', () => `${csp}\n    ${page.head}\n    ${page.body.includes('data-island=') ? preloads(page.body) : ''}`)
    .replace('<!--app-->', () => page.body);
  if (!page.body.includes('data-island=')) html = html.replace(script, '');
  const file = page.path.endsWith('.html') ? join(dist, page.path) : join(dist, page.path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  pages++;
}
writeFileSync(join(dist, 'search-index.json'), renderSearchIndex(today));
for (const data of renderIslandData()) {
  mkdirSync(dirname(join(dist, data.path)), { recursive: true });
  writeFileSync(join(dist, data.path), data.content);
}
let files = 0;
for (const download of renderDownloads(today)) {
  const file = join(dist, download.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, download.content);
  files++;
}
// Link previews: each organization's card as PNG, rendered from SVG by resvg.
const { Resvg } = await import('@resvg/resvg-js');
mkdirSync(join(dist, 'og'), { recursive: true });
for (const image of renderShareImages(today)) {
  writeFileSync(join(dist, image.path), new Resvg(image.svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng());
}
// The icons, from the favicon.
const favicon = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
for (const size of [32, 192, 512]) {
  const png = new Resvg(favicon, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(dist, size === 32 ? 'favicon-32.png' : `icon-${size}.png`), png);
}
writeFileSync(
  join(dist, 'manifest.webmanifest'),
  `${JSON.stringify({ name: 'Turnus', short_name: 'Turnus', description: 'Who governs intergovernmental organizations, and until when.', start_url: '/', display: 'browser', background_color: '#ffffff', theme_color: '#0a3069', icons: [{ src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' }, { src: '/icon-192.png', type: 'image/png', sizes: '192x192' }, { src: '/icon-512.png', type: 'image/png', sizes: '512x512' }] }, null, 2)}\n`,
);
// The sitemap (with each page's language alternates) and robots.txt.
const loc = (path) => (siteUrl ? `${siteUrl}${path}` : path);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const urls = sitemapEntries(today)
  .map((e) => `  <url><loc>${esc(loc(e.path))}</loc><lastmod>${today}</lastmod>${e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${esc(loc(a.path))}"/>`).join('')}</url>`)
  .join('\n');
writeFileSync(join(dist, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`);
writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${loc('/sitemap.xml')}\n`);
console.log(`prerendered ${pages} pages, ${files} downloads and ${flags.length} flags into dist/ as of ${today}`);
