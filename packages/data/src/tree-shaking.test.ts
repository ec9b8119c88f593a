import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataBuild, recordIds } from '../tsup.config';
import { BUNDLERS, bundle } from './_bundlers';

// The package is built as published (tsup.config.ts into a scratch folder, as node_modules/@turnus/data
// of a scratch project), then programs that use it are bundled for production by esbuild, Rollup
// and Vite. A program that imports one record must carry that record alone: its JSON, gzipped,
// plus at most 2 KB (the record's module and the freezing). Every record is its own module whose
// one statement is a call marked pure with a string literal for argument, so bundlers drop the
// records a program does not use; the records they keep are still deeply frozen.

const packageRoot = join(import.meta.dirname, '..');
const OVERHEAD = 2048;
let scratch: string;
/** A project with the package installed as published. */
let project: string;
/** The same, but its package.json says nothing of side effects (as a bundler that ignores `sideEffects` sees it). */
let projectWithoutSideEffectsFlag: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'turnus-tree-shaking-'));
  project = join(scratch, 'published');
  const installed = join(project, 'node_modules', '@turnus', 'data');
  mkdirSync(installed, { recursive: true });
  copyFileSync(join(packageRoot, 'package.json'), join(installed, 'package.json'));
  await build({ ...dataBuild(join(installed, 'dist')), dts: false, silent: true, config: false });
  // The core, for completeness of the installed tree (the records need only its types).
  symlinkSync(join(packageRoot, 'node_modules', '@turnus', 'core'), join(project, 'node_modules', '@turnus', 'core'), 'dir');

  projectWithoutSideEffectsFlag = join(scratch, 'without-side-effects-flag');
  const copy = join(projectWithoutSideEffectsFlag, 'node_modules', '@turnus', 'data');
  cpSync(installed, copy, { recursive: true });
  const { sideEffects, ...manifest } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(sideEffects).toBe(false);
  writeFileSync(join(copy, 'package.json'), JSON.stringify(manifest));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs a bundle as a script and returns what it left in `globalThis.turnusResult`. */
function run(code: string): unknown {
  const context: { turnusResult?: unknown } = {};
  runInNewContext(code, context);
  return JSON.parse(JSON.stringify(context.turnusResult));
}

/** How many records a bundle holds: each record's JSON has one `formatVersion` key. */
function recordsIn(code: string): number {
  return code.split('formatVersion').length - 1;
}

const gzipped = (text: string | Buffer) => gzipSync(text).length;
const otsJson = gzipped(readFileSync(join(packageRoot, 'generated', 'ots.json')));

const USE_OTS = `globalThis.turnusResult = { id: ots.organization.id, frozen: [ots, ots.decisions, ots.decisions[0], ots.organization.names].every(Object.isFrozen) };\n`;

describe.each(BUNDLERS)('a production bundle by %s', (bundler) => {
  it(`of "import { ots } from '@turnus/data'" holds the OTS record alone, deeply frozen, in its JSON gzipped + ${OVERHEAD} B`, async () => {
    const code = await bundle(bundler, project, `import { ots } from '@turnus/data';\n${USE_OTS}`);
    expect(recordsIn(code)).toBe(1);
    expect(run(code)).toEqual({ id: 'ots', frozen: true });
    expect(gzipped(code)).toBeLessThanOrEqual(otsJson + OVERHEAD);
  });

  it("of \"import { ots } from '@turnus/data/ots'\" (the record's own entry) holds the same", async () => {
    const code = await bundle(bundler, project, `import { ots } from '@turnus/data/ots';\n${USE_OTS}`);
    expect(recordsIn(code)).toBe(1);
    expect(run(code)).toEqual({ id: 'ots', frozen: true });
    expect(gzipped(code)).toBeLessThanOrEqual(otsJson + OVERHEAD);
  });

  it('drops the records a program does not use by their pure marks alone, without the package\'s "sideEffects": false', async () => {
    const code = await bundle(bundler, projectWithoutSideEffectsFlag, `import { ots } from '@turnus/data';\n${USE_OTS}`);
    expect(recordsIn(code)).toBe(1);
    expect(run(code)).toEqual({ id: 'ots', frozen: true });
    expect(gzipped(code)).toBeLessThanOrEqual(otsJson + OVERHEAD);
  });

  it('of "import { records }" holds every record, the same objects as their own entries', async () => {
    const code = await bundle(bundler, project, `import { records } from '@turnus/data';\nimport { ots } from '@turnus/data/ots';\nglobalThis.turnusResult = { ids: Object.keys(records), same: records.ots === ots, frozen: Object.isFrozen(records) };\n`);
    expect(recordsIn(code)).toBe(recordIds.length);
    expect(run(code)).toEqual({ ids: [...recordIds], same: true, frozen: true });
  });
});
