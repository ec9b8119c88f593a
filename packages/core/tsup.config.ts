import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    validate: 'src/validate/index.ts',
    yaml: 'src/yaml/index.ts',
    export: 'src/export/index.ts',
    describe: 'src/describe/index.ts',
    audit: 'src/audit/index.ts',
    due: 'src/due/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps: the output is unminified, keeps every name and marks each source file with a
  // comment, so a stack trace already reads; maps (with the sources inside) were 1.9 MB of a 3 MB
  // package. See README.md, "Source maps".
  sourcemap: false,
  clean: true,
  // esbuild tree-shakes the ESM; rollup's second pass only warned about date-fns imports it had dropped.
  treeshake: false,
  target: 'es2022',
});
