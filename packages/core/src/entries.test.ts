import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What each public entry pulls in when bundled. Bundling is heavy work whose duration depends on
 * the machine and its load, so it runs once for every entry, in one esbuild call, under the package's
 * time-out policy (vitest.config.ts): these tests check what goes into the bundles, never how
 * fast they are made. Speed budgets live in `pnpm bench:check`.
 */
const ENTRIES = {
  index: './index.ts',
  validate: './validate/index.ts',
  schema: './schema/index.ts',
  yaml: './yaml/index.ts',
  export: './export/index.ts',
  describe: './describe/index.ts',
  audit: './audit/index.ts',
  due: './due/index.ts',
} as const;
type Entry = keyof typeof ENTRIES;

interface Bundle {
  readonly inputs: readonly string[];
  readonly gzip: number;
}

let bundles: Record<Entry, Bundle>;

beforeAll(async () => {
  const result = await build({
    entryPoints: Object.entries(ENTRIES).map(([out, entry]) => ({ out, in: new URL(entry, import.meta.url).pathname })),
    outdir: '/turnus-entries',
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    conditions: ['@turnus/source'],
    logLevel: 'silent',
  });
  const found = {} as Record<Entry, Bundle>;
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    const name = path.replace(/^.*\//, '').replace(/\.js$/, '') as Entry;
    const file = result.outputFiles.find((f) => f.path.endsWith(`/${name}.js`))!;
    found[name] = { inputs: Object.keys(output.inputs), gzip: gzipSync(file.contents).length };
  }
  bundles = found;
});

describe('entry points', () => {
  it('keeps zod and yaml out of the query entry, so pages and commands that only ask questions stay small', () => {
    expect(bundles.index.inputs.filter((f) => /node_modules[\\/](\.pnpm[\\/])?(zod|yaml)/.test(f))).toEqual([]);
  });
  // Its size is a budget of `pnpm bench` (bench/src/bundle.ts), not of this test: budgets live there.
  it('keeps validation, exports, the audit and descriptions out of the query entry', () => {
    expect(bundles.index.inputs.filter((f) => /src[\\/](validate|export|audit|describe|yaml)[\\/]/.test(f))).toEqual([]);
  });
  it('uses no Node built-ins, globals of I/O or the clock anywhere in the core', () => {
    for (const entry of Object.keys(ENTRIES) as Entry[]) {
      expect(bundles[entry], entry).toBeDefined();
      expect(bundles[entry].inputs.filter((f) => f.startsWith('node:')), entry).toEqual([]);
    }
  });
});
