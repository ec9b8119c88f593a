import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    conditions: ['@turnus/source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { inputs: Object.keys(result.metafile.inputs), gzip: gzipSync(code).length };
}

describe('entry points', () => {
  it('keeps zod and yaml out of the query entry, so pages and commands that only ask questions stay small', async () => {
    const { inputs } = await bundle('./index.ts');
    expect(inputs.filter((f) => /node_modules[\\/](\.pnpm[\\/])?(zod|yaml)/.test(f))).toEqual([]);
  });
  it('keeps the query entry within 8 KB gzipped', async () => {
    const { gzip } = await bundle('./index.ts');
    expect(gzip).toBeLessThanOrEqual(8 * 1024);
  });
  it('uses no Node built-ins, globals of I/O or the clock anywhere in the core', async () => {
    for (const entry of ['./index.ts', './validate/index.ts', './schema/index.ts', './yaml/index.ts', './export/index.ts', './describe/index.ts', './audit/index.ts']) {
      const { inputs } = await bundle(entry);
      expect(inputs.filter((f) => f.startsWith('node:')), entry).toEqual([]);
    }
  });
});
