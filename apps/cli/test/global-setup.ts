import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { cliBuild } from '../tsup.config';

declare module 'vitest' {
  interface ProvidedContext {
    /** A build of turnus whose test hooks are on (TURNUS_TEST_PAUSE stops a writer at a chosen moment). */
    hookedBin: string;
  }
}

/**
 * The tests spawn dist/turnus.js, built by `pnpm build` (turbo runs it before `test`). The
 * kill-mid-write test needs a writer that stops at a known moment: for it, a second copy is
 * built here with the test hooks compiled in, in a temporary folder, never shipped.
 */
export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../dist/turnus.js', import.meta.url));
  if (!existsSync(dist)) throw new Error('dist/turnus.js is missing: run pnpm build first');
  const outDir = mkdtempSync(join(tmpdir(), 'turnus-hooked-'));
  await build({ ...cliBuild(outDir, true), silent: true });
  project.provide('hookedBin', join(outDir, 'turnus.js'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
