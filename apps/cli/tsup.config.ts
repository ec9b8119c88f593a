import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The build of `turnus`. dist/turnus.js (src/bin.ts) is a small launcher; the program is
 * dist/turnus-main.js, and everything a query does not need (YAML, zod, validation, the record
 * writer, the exporters) is in dist/turnus-heavy.js, loaded only by the commands that use it.
 * The embedded records are JSON files read only for the organization asked for. All of it is
 * CommonJS, run by the launcher through V8's code cache (src/launch/cached-bundle.ts), which the
 * build writes by running the usual commands once: so `turnus who chair` starts fast.
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
    entry: { turnus: 'src/bin.ts', 'turnus-main': 'src/main.ts', 'turnus-heavy': 'src/heavy.ts', 'turnus-check': 'src/check-light.ts' },
    outDir,
    // CommonJS, so that the launcher can run each file as a script with a code cache. The
    // sources are ES modules, hence strict mode, kept by the banner.
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    platform: 'node',
    target: 'node20',
    splitting: false,
    clean: true,
    minify: false,
    noExternal: [/.*/],
    banner: { js: '"use strict";' },
    // `import.meta.dirname` is the folder of the file, dist, which the launcher gives as __dirname.
    define: { __VERSION__: JSON.stringify(version), __TURNUS_TEST_HOOKS__: String(testHooks), 'import.meta.dirname': '__dirname' },
    // Bundle the core from its source (the @turnus/source condition), never from a stale dist.
    esbuildOptions(options) {
      options.conditions = ['@turnus/source'];
      // Smaller files read and parse faster (when the code cache is refused); names are kept so
      // that --debug stack traces stay readable.
      options.minifyWhitespace = true;
      options.minifySyntax = true;
      // `import('./heavy')` becomes a require of './turnus-heavy.js', which the launcher serves;
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
        // Commander's test for variadic option flags without building Unicode's ID_Continue set
        // at every start (src/shims/variadic-flags.ts); the build fails if commander changes it.
        name: 'commander-variadic-without-unicode-set',
        setup(build) {
          build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]option\.js$/ }, async (args) => {
            const text = await readFile(args.path, 'utf8');
            const test = '/\\p{ID_Continue}\\.\\.\\.[>\\]]$/u.test(flags)';
            if (!text.includes(test)) throw new Error(`commander's option.js no longer has ${test}: see src/shims/variadic-flags.ts`);
            const shim = JSON.stringify(fileURLToPath(new URL('./src/shims/variadic-flags.ts', import.meta.url)));
            return { contents: `import { isVariadicFlags } from ${shim};\n${text.replace(test, 'isVariadicFlags(flags)')}`, loader: 'js' };
          });
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
      // Each bundle ends with its id, which its code cache names (src/launch/cached-bundle.ts).
      for (const name of ['turnus-main', 'turnus-heavy', 'turnus-check']) {
        const file = join(dist, `${name}.js`);
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, `${text}${text.endsWith('\n') ? '' : '\n'}//# turnus-bundle-id ${createHash('sha256').update(text).digest('hex').slice(0, 32)}\n`);
      }
      // `turnus --help` off a terminal, answered by the launcher without the program (src/launch/saved-help.ts).
      const help = spawnSync(process.execPath, [join(dist, 'turnus.js'), '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      if (help.status !== 0 || !help.stdout.startsWith('Usage: turnus')) throw new Error(`turnus --help failed in the build (exit ${help.status})`);
      writeFileSync(join(dist, 'turnus-help.txt'), help.stdout);
      writeCodeCaches(dist);
    },
  };
}

/** Node's modules that bundles load when first used (plain objects of functions, never changed by their users). */
const LAZY_BUILTINS = ['crypto', 'fs/promises'];

/**
 * The code caches, made by running the commands people run most, one after the other, each
 * adding what it compiled (TURNUS_CODE_CACHE=refresh). Without them the first run writes them.
 * The checks come first: their garbage collections drop the compiled code of the program's
 * functions they do not use (V8 flushes old bytecode), which the queries then compile again.
 */
function writeCodeCaches(dist: string): void {
  const records = fileURLToPath(new URL('../../packages/data/records/ots', import.meta.url));
  const today = ['--today', '2026-11-28'];
  const runs = [
    ...(existsSync(records) ? [['check', records, ...today]] : []),
    ['check', ...today],
    ['next', 'chair', ...today],
    ['who', 'chair', '--json', ...today],
    ['history', 'chair', ...today],
    ['state', ...today],
    ['who', 'chair', ...today],
  ];
  for (const args of runs) {
    spawnSync(process.execPath, [join(dist, 'turnus.js'), ...args], { stdio: 'ignore', env: { ...process.env, TURNUS_CODE_CACHE: 'refresh' } });
  }
}

export default defineConfig(cliBuild());
