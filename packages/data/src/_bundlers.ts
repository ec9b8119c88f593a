// Production bundles of a small program, as a user of @turnus/data would build it with each of the
// three bundlers people use most: for the tree-shaking test (tree-shaking.test.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { build as esbuild, transform } from 'esbuild';
import { rollup } from 'rollup';
import { build as viteBuild, type Rolldown } from 'vite';

export const BUNDLERS = ['esbuild', 'rollup', 'vite'] as const;
export type Bundler = (typeof BUNDLERS)[number];

let entries = 0;

/**
 * Bundles `source`, an ES module that imports packages installed in `project/node_modules`, for
 * production with minification, and returns the code. esbuild bundles and minifies (`--bundle
 * --minify`); Rollup bundles with @rollup/plugin-node-resolve (which reads `sideEffects`), its
 * output then minified by esbuild without tree-shaking again, so what is kept is Rollup's choice;
 * Vite runs its production build (Rolldown, Oxc's minifier).
 */
export async function bundle(bundler: Bundler, project: string, source: string): Promise<string> {
  const entry = join(project, `entry-${++entries}.js`);
  writeFileSync(entry, source);
  if (bundler === 'esbuild') {
    const result = await esbuild({ entryPoints: [entry], absWorkingDir: project, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
    return result.outputFiles.map((file) => file.text).join('\n');
  }
  if (bundler === 'rollup') {
    const build = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: () => {} });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
    return (await transform(code, { minify: true, treeShaking: false, format: 'esm' })).code;
  }
  const result = await viteBuild({
    root: project,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, modulePreload: false, rolldownOptions: { input: entry } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((out) => out.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))).join('\n');
}
