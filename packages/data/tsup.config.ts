import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  // The records are precompiled JSON; only the types come from @turnus/core.
  external: ['@turnus/core'],
  onSuccess: async () => {
    mkdirSync('dist', { recursive: true });
    for (const file of readdirSync('generated')) if (file.endsWith('.json')) copyFileSync(`generated/${file}`, `dist/${file}`);
  },
});
