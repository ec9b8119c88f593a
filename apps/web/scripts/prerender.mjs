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
const { renderSite, renderDownloads, renderSearchIndex, partyIds } = await import(pathToFileURL(join(server, 'entry-server.js')).href);

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

const csp = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`;
let pages = 0;
for (const page of renderSite(today, { flags })) {
  let html = template
    .replace('<html lang="en">', () => `<html lang="${page.lang}">`)
    .replace('<!--head-->', () => `${csp}\n    ${page.head}`)
    .replace('<!--app-->', () => page.body);
  if (!page.body.includes('data-island=')) html = html.replace(script, '');
  const file = page.path.endsWith('.html') ? join(dist, page.path) : join(dist, page.path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  pages++;
}
writeFileSync(join(dist, 'search-index.json'), renderSearchIndex(today));
let files = 0;
for (const download of renderDownloads(today)) {
  const file = join(dist, download.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, download.content);
  files++;
}
console.log(`prerendered ${pages} pages, ${files} downloads and ${flags.length} flags into dist/ as of ${today}`);
