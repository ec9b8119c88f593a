import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One self-contained ESM file: the records are precompiled JSON, and the YAML/validation code is
// split into a chunk loaded only by commands that read files, so `turnus state` starts fast.
export default defineConfig({
  entry: { turnus: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: true,
  clean: true,
  minify: false,
  noExternal: [/.*/],
  // yaml ships CommonJS for Node; bundled into ESM its require() calls need a real require.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __turnusCreateRequire } from 'node:module';\nconst require = __turnusCreateRequire(import.meta.url);" },
  define: { __VERSION__: JSON.stringify(version) },
  // Bundle the core from its source (the @turnus/source condition), never from a stale dist.
  esbuildOptions(options) {
    options.conditions = ['@turnus/source'];
  },
});
