// Bundle sizes: @turnus/core's query entry and all its entries together, bundled from source
// by esbuild (ESM, minified, the @turnus/source condition) and gzipped, with rrule.js bundled the
// same way as the anchor. Sizes are deterministic: built twice, they must be equal.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { progress, report, ROOT } from './_harness';

const CORE = join(ROOT, 'packages/core');

/** The core's entries, from its exports map: `.` is the query entry, `./validate` is `validate`… */
const ENTRIES: Record<string, string> = Object.fromEntries(
  Object.entries((JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8')) as { exports: Record<string, { '@turnus/source'?: string }> }).exports)
    .filter(([, target]) => typeof target === 'object' && target['@turnus/source'])
    .map(([subpath, target]) => [subpath === '.' ? 'query' : subpath.slice(2), join(CORE, target['@turnus/source']!)]),
);

interface Size {
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** The largest inputs in the minified output, bytes (before gzip). */
  readonly largestInputs?: readonly { readonly path: string; readonly bytes: number }[];
}

/** Bundles a module whose text is `contents` (resolved from `resolveDir`), as the core's own size test does. */
async function size(contents: string, resolveDir: string, inputs = false): Promise<Size> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    conditions: ['@turnus/source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return {
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code).length,
    ...(inputs ? { largestInputs: largest(result.metafile) } : {}),
  };
}

function largest(metafile: Metafile, count = 10): { path: string; bytes: number }[] {
  const output = Object.values(metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path: path.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^(\.\.\/)+/, ''), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** All of a module's exports are kept: the whole entry, as a consumer using all of it gets. */
const wholeEntry = (path: string) => `export * from ${JSON.stringify(path)};`;
/** Every entry together, each as a namespace so that no export is dropped as ambiguous. */
const everything = Object.entries(ENTRIES)
  .map(([name, file], i) => `export * as entry${i} from ${JSON.stringify(file)}; // ${name}`)
  .join('\n');

async function measure() {
  const query = await size(wholeEntry(ENTRIES.query!), CORE, true);
  // What an application that imports `holderOn` alone ships (tree-shaken by esbuild).
  const holderOnAlone = await size(`export { holderOn } from ${JSON.stringify(ENTRIES.query!)};`, CORE, true);
  const full = await size(everything, CORE, true);
  const entries: Record<string, Size> = {};
  for (const [name, file] of Object.entries(ENTRIES)) entries[name] = await size(wholeEntry(file), CORE);
  const rrule = await size(wholeEntry('rrule'), ROOT + '/bench', true);
  return { query, holderOnAlone, full, entries, rrule };
}

progress('bundle: esbuild, minify, gzip');
const first = await measure();
const second = await measure();
if (JSON.stringify(first) !== JSON.stringify(second)) throw new Error('bundle sizes differ between two builds');
report({
  benchmark: 'bundle',
  tool: 'esbuild (bundle, minify, format esm, platform browser, conditions @turnus/source) + zlib gzip level 6',
  ...first,
  ratios: {
    queryOverRrule: first.query.gzipBytes / first.rrule.gzipBytes,
    fullOverRrule: first.full.gzipBytes / first.rrule.gzipBytes,
  },
});
