// Checks on the built site (run after `pnpm build`): the overview's first-load JavaScript stays
// within budget, its HTML holds the current chair's and Secretary-General's names, no page has an
// inline script or style, and every internal link leads to a built file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isPastTermEnd, partyDisplayName, personDisplayName, stateOn } from '@turnus/core';
import { ots, records } from '@turnus/data';
import { findJargon, visibleText } from './rendered-text';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/** First-load JavaScript plus the data it fetches, gzip, on the overview (the budget). */
const BUDGET = 30 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

if (!existsSync(join(dist, 'ots', 'index.html'))) throw new Error('No built site in apps/web/dist: run `pnpm --filter @turnus/web build` first.');
const manifest = JSON.parse(readFileSync(join(root, 'dist-server', 'client-manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The manifest keys of a chunk and everything it imports statically, transitively. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen);
  return seen;
}

/** The island modules, as entry-client.ts names them. */
const ISLAND_SOURCES: Record<string, string> = {
  today: 'src/islands/today.ts',
  search: 'src/islands/SiteSearch.tsx',
  'date-explorer': 'src/islands/DateExplorer.tsx',
  'what-if': 'src/islands/WhatIfPanel.tsx',
  timeline: 'src/islands/TimelineChart.tsx',
};

/**
 * Every JavaScript file a page loads at once: the module script, its static imports, and the
 * modules it imports dynamically right away (preact and the islands on the page), with theirs.
 */
function firstLoadFiles(html: string): string[] {
  const src = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!src) return [];
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.file === src);
  if (!entryKey) throw new Error(`the page's script ${src} is not in the manifest`);
  const keys = staticClosure(entryKey);
  const islands = [...html.matchAll(/data-island="([^"]+)"/g)].map((m) => m[1]!);
  for (const dynamic of manifest[entryKey]!.dynamicImports ?? []) {
    const isIsland = Object.values(ISLAND_SOURCES).includes(dynamic);
    if (!isIsland || islands.some((name) => ISLAND_SOURCES[name] === dynamic)) staticClosure(dynamic, keys);
  }
  return [...keys].map((k) => manifest[k]!.file);
}

const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

describe('the overview page as built', () => {
  const html = readFileSync(join(dist, 'ots', 'index.html'), 'utf8');
  const buildDate = /<meta name="turnus-build-date" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];

  it(`loads at most ${BUDGET / 1024} KB of JavaScript (gzip) at first`, () => {
    const files = firstLoadFiles(html);
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, f) => sum + gz(f), 0);
    // The data the page's islands fetch (data-record), if any.
    const data = [...new Set([...html.matchAll(/data-record="\/([^"]+)"/g)].map((m) => m[1]!))].reduce((sum, f) => sum + gz(f), 0);
    console.log(`overview first-load JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files; data fetched: ${(data / 1024).toFixed(1)} KB gzip`);
    expect(total + data).toBeLessThanOrEqual(BUDGET);
  });

  it('holds the current chair’s and Secretary-General’s names in its HTML (every candidate, where the holder is not certain)', () => {
    expect(buildDate).toBeDefined();
    const state = stateOn(ots, buildDate!, { today: buildDate! });
    for (const office of ['chair', 'secretary-general']) {
      const holding = state.offices[office]!;
      expect(holding.status).not.toBe('vacant');
      const tenures = holding.status === 'held' ? [holding.tenure] : holding.status === 'uncertain' ? holding.candidates : [];
      for (const t of tenures.filter((x) => x.basis !== 'projected')) {
        expect(html).toContain(t.holder.person ? personDisplayName(ots, t.holder.person) : partyDisplayName(ots, t.holder.party!, buildDate!));
      }
    }
    // The seed: Azerbaijan has chaired since the Gabala summit; Omuraliev is the last recorded Secretary-General.
    expect(html).toContain('Azerbaijan');
    expect(html).toContain('Kubanychbek Omuraliev');
  });

  it('names the Secretariat\'s seat (Istanbul), not the representation office (Budapest), as the Secretariat', () => {
    expect(html).toContain('Secretariat in Istanbul, Türkiye. Representation office in Budapest, Hungary.');
  });

  it('says as of when it was built, and warns when the record is stale', () => {
    expect(html).toContain('(the build date)');
    const sg = stateOn(ots, buildDate!, { today: buildDate! }).offices['secretary-general']!;
    const stale = (sg.status === 'held' && isPastTermEnd(sg.tenure, buildDate!)) || (sg.status === 'uncertain' && sg.reason.code === 'term-expired');
    expect(html.includes('The record may be out of date.')).toBe(stale);
  });
});

describe('every built page', () => {
  const pages = htmlFiles(dist);

  it('exists for every route', () => {
    for (const route of ['index.html', 'ots/index.html', 'ots/timeline/index.html', 'ots/summits/index.html', 'ots/summits/ots-12-gabala-2025/index.html', 'ots/people/kubanychbek-omuraliev/index.html', 'ots/on/index.html', 'ots/projections/index.html', 'ots/rules/index.html', 'ots/sources/index.html', 'ots/downloads/index.html', '404.html']) {
      expect(existsSync(join(dist, route)), route).toBe(true);
    }
  });

  it('has no inline script, inline style or event-handler attribute, and carries the CSP', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script, file).toMatch(/\ssrc="/);
      expect(html, file).not.toMatch(/<style\b/);
      expect(html, file).not.toMatch(/\sstyle="/);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
      expect(html, file).toContain('http-equiv="Content-Security-Policy"');
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
    }
  });

  it('loads a script only where there is an island to hydrate', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(/<script type="module"/.test(html), file).toBe(html.includes('data-island='));
    }
  });

  it('links only to pages and files that were built', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/g)) {
        const target = join(dist, href!);
        const ok = href!.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
        if (!ok) broken.push(`${file.slice(dist.length)} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links to in-page anchors that exist on the target page', () => {
    const missing: string[] = [];
    const cache = new Map<string, string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const [, path, anchor] of html.matchAll(/href="(\/[^"#?]*)?#([^"]+)"/g)) {
        const targetFile = path ? join(dist, path, path.endsWith('/') ? 'index.html' : '') : file;
        if (!cache.has(targetFile)) cache.set(targetFile, existsSync(targetFile) ? readFileSync(targetFile, 'utf8') : '');
        if (!cache.get(targetFile)!.includes(`id="${anchor}"`)) missing.push(`${file.slice(dist.length)} → ${path ?? ''}#${anchor}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the text visitors read', () => {
  const pages = htmlFiles(dist);
  const ids = Object.values(records).flatMap((r) => [
    ...r.decisions.map((d) => d.id),
    ...(r.gaps ?? []).map((g) => g.id),
    ...(r.disputes ?? []).map((d) => d.id),
    ...r.offices.flatMap((o) => o.rules.map((x) => x.id)),
    ...r.sources.map((s) => s.id),
  ]);

  it('has no ISO durations, raw dates, internal ids, file names or all-caps research markers on any page', () => {
    const found = pages.flatMap((file) => findJargon(visibleText(readFileSync(file, 'utf8')), ids).map((j) => `${file.slice(dist.length)}: ${j.kind} “${j.match}” in …${j.context}…`));
    expect(found).toEqual([]);
  });

  it('catches the jargon it is meant to catch', () => {
    const text = visibleText('<p>The record uses: P3Y, from 2021-11-12 (rule chair-practice, handover-chair-2010-tr), NOT FOUND, see docs/records.md</p>');
    expect(findJargon(text, ['handover-chair-2010-tr']).map((j) => j.kind)).toEqual(expect.arrayContaining(['ISO duration', 'raw ISO date', 'research marker', 'file name', 'internal id', 'record id']));
  });
});

describe('sharing and finding the site', () => {
  it('gives every page a canonical link and Open Graph and Twitter tags with a preview image that was built', () => {
    for (const file of htmlFiles(dist).filter((f) => !f.endsWith('404.html'))) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/<link rel="canonical" href="[^"]+"/);
      expect(html, file).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, file).toContain('<meta name="twitter:card" content="summary_large_image"');
      const image = /<meta property="og:image" content="(?:https?:\/\/[^/]+)?(\/og\/[^"]+\.png)"/.exec(html)?.[1];
      expect(image, file).toBeDefined();
      expect(existsSync(join(dist, image!)), image).toBe(true);
    }
  });

  it('links the translations of a page to each other (hreflang), and they say Genel Sekreter and Генеральный секретарь', () => {
    const tr = readFileSync(join(dist, 'tr', 'ots', 'index.html'), 'utf8');
    const ru = readFileSync(join(dist, 'ru', 'ots', 'index.html'), 'utf8');
    expect(tr).toContain('<html lang="tr"');
    expect(tr).toContain('hreflang="ru" href="/ru/ots/"');
    expect(tr).toContain('Genel Sekreter');
    expect(ru).toContain('Генеральный секретарь');
  });

  it('has a sitemap of every page, robots.txt, a manifest and icons', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    for (const page of ['/', '/ots/', '/tr/ots/', '/ru/ots/on/', '/ots/timeline/']) expect(sitemap).toMatch(new RegExp(`<loc>(https?://[^<]*)?${page.replace(/\//g, '\\/')}</loc>`));
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap:');
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
    for (const icon of manifest.icons) expect(existsSync(join(dist, icon.src)), icon.src).toBe(true);
  });
});
