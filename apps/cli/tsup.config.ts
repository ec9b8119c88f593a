import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The build of `turnus`: one ESM program with a shebang. Everything a query does not need
 * (YAML, zod, validation, the record writer, the exporters) is in a second file loaded only by
 * the commands that use them, and the embedded records are JSON files read only for the
 * organization asked for, so that `turnus who chair` starts fast.
 *
 * `testHooks` compiles in the pauses the kill-mid-write test uses (test/global-setup.ts builds
 * such a copy in a temporary folder); the published build never has them.
 */
export function cliBuild(outDir = 'dist', testHooks = false): Options {
  return {
    // Two files: the program, and what only some commands need (YAML, zod, the writer, the
    // exporters), which the program imports as './turnus-heavy.js' when a command asks for it.
    // (Chunk splitting would spread the start-up over a score of small modules instead.)
    // A third, dist/turnus-check.js, checks an embedded record without the YAML reader.
    entry: { turnus: 'src/main.ts', 'turnus-heavy': 'src/heavy.ts', 'turnus-check': 'src/check-light.ts' },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: false,
    clean: true,
    minify: false,
    noExternal: [/.*/],
    // yaml and proper-lockfile are CommonJS: bundled into ESM, their require() calls need a real require.
    // (`= import.meta` on a line of its own also lets publint see the files are ES modules.)
    banner: { js: "#!/usr/bin/env node\nconst turnusModuleUrl = import.meta.url;\nconst require = process.getBuiltinModule('node:module').createRequire(turnusModuleUrl);" },
    define: { __VERSION__: JSON.stringify(version), __TURNUS_TEST_HOOKS__: String(testHooks) },
    // Bundle the core from its source (the @turnus/source condition), never from a stale dist.
    esbuildOptions(options) {
      options.conditions = ['@turnus/source'];
      // Smaller files parse faster at start-up; names are kept so --debug stack traces stay readable.
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
    // Keep `node:` imports as they are, for the plugins below.
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
        // An ESM import of a built-in module makes Node build a facade of all its exports at
        // start-up (milliseconds for fs, util…); process.getBuiltinModule hands it over without one.
        name: 'builtins-without-facade',
        setup(build) {
          build.onResolve({ filter: /^node:/ }, (args) => (args.path === 'node:child_process' ? undefined : { path: args.path, namespace: 'builtin' }));
          build.onLoad({ filter: /.*/, namespace: 'builtin' }, async (args) => {
            const names = Object.keys(await import(args.path)).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
            const exports = names.map((name) => `export const ${name} = /* @__PURE__ */ (() => m.${name})();`).join('\n');
            return { contents: `const m = process.getBuiltinModule(${JSON.stringify(args.path)});\nexport default m;\n${exports}`, loader: 'js' };
          });
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
    ],
    // The embedded records, one JSON file each, read at run time only for the organization asked for.
    async onSuccess() {
      const { records } = (await import('@turnus/data')) as { records: Record<string, unknown> };
      const folder = join(resolve(fileURLToPath(new URL('.', import.meta.url)), outDir), 'records');
      mkdirSync(folder, { recursive: true });
      for (const [id, record] of Object.entries(records)) writeFileSync(join(folder, `${id}.json`), JSON.stringify(record));
    },
  };
}

export default defineConfig(cliBuild());
