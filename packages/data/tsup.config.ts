import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The ids of the records (records/<id>/record.yaml), each built into its own module. */
export const recordIds: readonly string[] = readdirSync(join(root, 'records'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * The build of @turnus/data: `dist/index.js` (and `.cjs`) plus one module per record,
 * `dist/<id>.js`, the entry of `@turnus/data/<id>`. The index imports each record's module
 * instead of holding a copy: a program that imports one record gets that record's module alone,
 * and `records.ots` is the very object `@turnus/data/ots` exports. `outDir` is a parameter so that
 * the tree-shaking test (src/tree-shaking.test.ts) builds the package as published elsewhere.
 */
export function dataBuild(outDir = 'dist'): Options {
  const out = resolve(root, outDir);
  return {
    entry: { index: join(root, 'src/index.ts'), ...Object.fromEntries(recordIds.map((id) => [id, join(root, `generated/${id}.ts`)])) },
    outDir: out,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    // The records are precompiled JSON; only the types come from @turnus/core.
    external: ['@turnus/core'],
    esbuildPlugins: [
      {
        name: 'each-record-in-its-own-module',
        setup(build) {
          const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
          build.onResolve({ filter: /^\.\/[a-z0-9-]+$/ }, (args) => {
            const id = args.path.slice(2);
            if (!args.importer.endsWith(join('generated', 'index.ts')) || !recordIds.includes(id)) return undefined;
            return { path: `./${id}${extension}`, external: true };
          });
        },
      },
    ],
    onSuccess: async () => {
      // The raw JSON of each record, `@turnus/data/<id>.json`.
      mkdirSync(out, { recursive: true });
      for (const file of readdirSync(join(root, 'generated'))) if (file.endsWith('.json')) copyFileSync(join(root, 'generated', file), join(out, file));
    },
  };
}

export default defineConfig(dataBuild());
