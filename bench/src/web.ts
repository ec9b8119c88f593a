// Web: the JavaScript the overview page (apps/web/dist/ots/index.html) loads at first, each file
// gzipped on its own (as a server sends it) and summed:
// - `entry`: every `<script type="module" src>`, every `<link rel="modulepreload">`, and their
//   static import graph;
// - `firstLoad` (the budget): that, plus what the entry loads at once to hydrate the islands the
//   page has (`data-island`): each island's module (a dynamic import in the entry's island table)
//   and its static graph. The entry hydrates every island as soon as it runs, so a first visit
//   downloads all of it. An island whose module cannot be found leaves `firstLoad` unmeasured.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { progress, report, ROOT } from './_harness';

const DIST = join(ROOT, 'apps/web/dist');
const PAGE = join(DIST, 'ots/index.html');

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/** A URL of the page (`/assets/x.js` or relative) as a file of the build. */
function fileOf(url: string, from: string): string {
  const path = url.split(/[?#]/)[0]!;
  return path.startsWith('/') ? join(DIST, path) : resolve(dirname(from), path);
}

/** The scripts and module preloads a page starts with. */
function startingScripts(html: string): string[] {
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const a = attributes(tag.slice(7, -1));
    if (a.type === 'module' && a.src) files.add(fileOf(a.src, PAGE));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(tag.slice(5, -1));
    if (a.rel?.split(/\s+/).includes('modulepreload') && a.href) files.add(fileOf(a.href, PAGE));
  }
  return [...files];
}

/** A module and everything it imports statically (not `import()`), read from esbuild's metafile. */
async function staticGraph(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent', absWorkingDir: DIST });
  const inputs = result.metafile.inputs;
  const start = relative(DIST, entry);
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const edge of inputs[queue.shift()!]?.imports ?? []) {
      if (edge.kind !== 'import-statement' || edge.external || seen.has(edge.path)) continue;
      seen.add(edge.path);
      queue.push(edge.path);
    }
  }
  return [...seen].map((p) => join(DIST, p));
}

/** The module an island loads, read from the entry's island table (`"name":[()=>…import("./X.js")…` or `name:()=>…import(`./X.js`)…`). */
function islandModule(entries: readonly string[], island: string): string | undefined {
  const name = island.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:["'\`]${name}["'\`]|\\b${name})\\s*:\\s*\\[?\\s*\\(\\)\\s*=>[^\\]]*?import\\(\\s*["'\`]([^"'\`]+)["'\`]\\s*\\)`);
  for (const entry of entries) {
    const m = pattern.exec(readFileSync(entry, 'utf8'));
    if (m) return resolve(dirname(entry), m[1]!);
  }
  return undefined;
}

function sizes(files: readonly string[]) {
  const list = files.map((file) => {
    const code = readFileSync(file);
    return { file: relative(DIST, file), bytes: code.length, gzipBytes: gzipSync(code).length };
  });
  return { files: list, totalBytes: list.reduce((s, f) => s + f.bytes, 0), totalGzipBytes: list.reduce((s, f) => s + f.gzipBytes, 0) };
}

if (!existsSync(PAGE)) {
  report({ benchmark: 'web', measurable: false, reason: `${relative(ROOT, PAGE)} is missing: pnpm --filter @turnus/web build did not produce it` });
} else {
  progress('web: the overview page');
  const html = readFileSync(PAGE, 'utf8');
  const scripts = startingScripts(html);
  const first = new Set<string>();
  for (const script of scripts) for (const file of await staticGraph(script)) first.add(file);
  const islands = [...new Set([...html.matchAll(/data-island="([^"]+)"/g)].map((m) => m[1]!))];
  const hydration = new Set(first);
  const resolved: Record<string, string | null> = {};
  for (const island of islands) {
    const module = islandModule(scripts, island);
    resolved[island] = module ? relative(DIST, module) : null;
    if (module) for (const file of await staticGraph(module)) hydration.add(file);
  }
  report({
    benchmark: 'web',
    measurable: true,
    page: relative(ROOT, PAGE),
    builtAt: statSync(PAGE).mtime.toISOString(),
    gzip: 'zlib gzip level 6, each file on its own',
    scripts: scripts.map((s) => relative(DIST, s)),
    entry: sizes([...first]),
    islands: resolved,
    firstLoad: Object.values(resolved).every((m) => m !== null) ? sizes([...hydration]) : null,
  });
}
