import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { nameRanks } from './src/render/name-order';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The build of `turnus`. dist/turnus.js (src/main.ts) is the program; everything a query does
 * not need (YAML, zod, validation, the record writer, the exporters) is in dist/turnus-heavy.js,
 * loaded only by the commands that use it. The embedded records are JSON files read only for the
 * organization asked for. All of it is CommonJS, which Node starts without its ES module loader.
 * Nothing else is done for start-up: plain bundles meet the budgets (see the README, "How it
 * starts").
 *
 * `testHooks` compiles in the pauses the kill-mid-write test uses (test/global-setup.ts builds
 * such a copy in a temporary folder); the published build never has them.
 */
export function cliBuild(outDir = 'dist', testHooks = false): Options {
  const dist = resolve(fileURLToPath(new URL('.', import.meta.url)), outDir);
  return {
    // The program, what only some commands need ('./turnus-heavy.js'), and dist/turnus-check.js,
    // which checks an embedded record without the YAML reader.
    // (Chunk splitting would spread the start-up over a score of small modules instead.)
    entry: { turnus: 'src/main.ts', 'turnus-heavy': 'src/heavy.ts', 'turnus-check': 'src/check-light.ts' },
    outDir,
    // CommonJS: Node loads it without building ES module records and a module graph. (esbuild
    // starts each file with "use strict": the sources are ES modules.)
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    platform: 'node',
    target: 'node20',
    splitting: false,
    clean: true,
    minify: false,
    noExternal: [/.*/],
    // `import.meta.dirname` is the folder of the file, dist: CommonJS's __dirname.
    define: { __VERSION__: JSON.stringify(version), __TURNUS_TEST_HOOKS__: String(testHooks), 'import.meta.dirname': '__dirname' },
    // Bundle the core from its source (the @turnus/source condition), never from a stale dist.
    esbuildOptions(options) {
      options.conditions = ['@turnus/source'];
      // Smaller files read and parse faster; names are kept so that --debug stack traces stay
      // readable.
      options.minifyWhitespace = true;
      options.minifySyntax = true;
      // `import('./heavy')` becomes a require of './turnus-heavy.js' (no ES module loader);
      // expressions with \p{…} stay literals (esbuild would write `new RegExp(…)` calls, which
      // build their Unicode sets again at each call).
      options.supported = { ...options.supported, 'dynamic-import': false, 'regexp-unicode-property-escapes': true };
      // Any other `import.meta` would be empty in CommonJS: a build error, not a broken program.
      options.logOverride = { ...options.logOverride, 'empty-import-meta': 'error' };
    },
    removeNodeProtocol: false,
    esbuildPlugins: [
      {
        name: 'heavy-as-a-second-file',
        setup(build) {
          build.onResolve({ filter: /^\.\.?\/heavy$/ }, () => ({ path: './turnus-heavy.js', external: true }));
          build.onResolve({ filter: /^\.\.?\/check-light$/ }, () => ({ path: './turnus-check.js', external: true }));
        },
      },
      {
        // `import process from 'node:process'` (commander) and `require('process')` (yaml) are the
        // global process: no module to load.
        name: 'process-is-global',
        setup(build) {
          build.onResolve({ filter: /^(node:)?process$/ }, () => ({ path: 'process', namespace: 'process-global' }));
          build.onLoad({ filter: /.*/, namespace: 'process-global' }, () => ({ contents: 'module.exports = process;', loader: 'js' }));
        },
      },
      {
        // Commander imports child_process for executable sub-commands, which turnus does not
        // have: a lazy stand-in saves loading it at every start (src/shims/child-process.ts).
        name: 'lazy-child-process',
        setup(build) {
          build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: fileURLToPath(new URL('./src/shims/child-process.ts', import.meta.url)) }));
        },
      },
      {
        // Node's modules from process.getBuiltinModule: a require() of one from a user's file
        // makes Node build its ES module facade first (~1 ms for fs at every start). crypto and
        // fs/promises, which Node has not loaded yet at start-up (~2 ms for crypto), are loaded
        // when first used rather than when the bundle starts: only the writer and the file
        // readers use them.
        name: 'builtins-without-facade',
        setup(build) {
          const builtins = new Set(builtinModules);
          build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
            const id = args.path.replace(/^node:/, '');
            return builtins.has(id) ? { path: id, namespace: 'builtin' } : undefined;
          });
          build.onLoad({ filter: /.*/, namespace: 'builtin' }, async (args) => {
            const get = `process.getBuiltinModule(${JSON.stringify(`node:${args.path}`)})`;
            if (!LAZY_BUILTINS.includes(args.path)) return { contents: `module.exports = ${get};`, loader: 'js' };
            const names = Object.keys((await import(`node:${args.path}`)) as object).filter((name) => name !== 'default');
            const getters = names.map((name) => `${JSON.stringify(name)}: { get: () => load()[${JSON.stringify(name)}], enumerable: true }`).join(',\n');
            return { contents: `let loaded;\nconst load = () => (loaded ??= ${get});\nmodule.exports = Object.defineProperties({}, {\n${getters}\n});`, loader: 'js' };
          });
        },
      },
    ],
    async onSuccess() {
      // dist is CommonJS, whatever the package's "type".
      writeFileSync(join(dist, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
      // The embedded records, one JSON file each, read at run time only for the organization asked for.
      const { records } = (await import('@turnus/data')) as { records: Record<string, unknown> };
      const folder = join(dist, 'records');
      mkdirSync(folder, { recursive: true });
      for (const [id, record] of Object.entries(records)) writeFileSync(join(folder, `${id}.json`), JSON.stringify(record));
      // The ranks of each record's names in English alphabetical order, so that `turnus state`
      // orders names without making a collator (src/render/name-order.ts).
      const ranks = join(dist, 'name-order');
      mkdirSync(ranks, { recursive: true });
      for (const [id, record] of Object.entries(records)) writeFileSync(join(ranks, `${id}.json`), JSON.stringify(nameRanks(record)));
    },
  };
}

/** Node's modules that bundles load when first used (plain objects of functions, never changed by their users). */
const LAZY_BUILTINS = ['crypto', 'fs/promises'];

export default defineConfig(cliBuild());
