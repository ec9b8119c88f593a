#!/usr/bin/env node
// The published packages as a user gets them: builds @turnus/core, @turnus/data and @turnus/cli,
// packs each with `pnpm pack` (which writes the version for `workspace:` ranges), checks the
// tarballs (LICENSE, repository, no workspace range, no source map), installs them with npm into a
// scratch folder outside the repository, then runs there the README's library examples (those of
// its "Library" section, as written, each ```ts block an ES module; a `console.log(…); // text`
// line must print `text`), a `require` and an `import` of each entry, and `npx turnus who chair`
// from the installed CLI. Removes the scratch folder, whatever happens. Exit 1 on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = ['--yes', 'pnpm@10.34.9'];
const PACKAGES = [
  { name: '@turnus/core', dir: 'packages/core' },
  { name: '@turnus/data', dir: 'packages/data' },
  { name: '@turnus/cli', dir: 'apps/cli' },
];
const TODAY = '2026-12-08';

const scratch = mkdtempSync(join(tmpdir(), 'turnus-pack-install-'));
const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[signal]);
  });
}

let failures = 0;
const fail = (message) => {
  failures++;
  console.log(`FAIL ${message}`);
};
const ok = (message) => console.log(`ok   ${message}`);

/** Runs a program; returns its stdout, or throws with its stderr. */
function run(file, args, options = {}) {
  const result = spawnSync(file, args, { encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' }, ...options });
  if (result.status !== 0) throw new Error(`${[file, ...args].join(' ')} exited ${result.status ?? result.signal}\n${(result.stderr || result.stdout || '').trim()}`);
  return result.stdout;
}

try {
  console.log('== building the public packages');
  run('npx', [...PNPM, 'exec', 'turbo', 'run', 'build', '--filter=@turnus/cli...', '--output-logs=errors-only'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

  console.log('== packing (pnpm pack)');
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  const license = readFileSync(join(root, 'LICENSE'), 'utf8');
  for (const pkg of PACKAGES) {
    const before = new Set(readdirSync(tarballs));
    run('npx', [...PNPM, 'pack', '--pack-destination', tarballs], { cwd: join(root, pkg.dir) });
    const tarball = readdirSync(tarballs).find((file) => !before.has(file));
    pkg.tarball = join(tarballs, tarball);
    const unpacked = join(scratch, 'unpacked', pkg.dir);
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', pkg.tarball, '-C', unpacked]);
    const files = listFiles(join(unpacked, 'package'));
    const size = files.reduce((sum, file) => sum + statSync(file).size, 0);
    console.log(`     ${tarball}: ${kb(statSync(pkg.tarball).size)} packed, ${kb(size)} unpacked, ${files.length} files`);
    const manifestText = readFileSync(join(unpacked, 'package', 'package.json'), 'utf8');
    const manifest = JSON.parse(manifestText);
    if (manifestText.includes('workspace:')) fail(`${pkg.name}: package.json still has a workspace: range`);
    else ok(`${pkg.name}: no workspace: range (dependencies ${JSON.stringify(manifest.dependencies ?? {})})`);
    if (!existsSync(join(unpacked, 'package', 'LICENSE')) || readFileSync(join(unpacked, 'package', 'LICENSE'), 'utf8') !== license) fail(`${pkg.name}: LICENSE missing, or not the repository's LICENSE`);
    else ok(`${pkg.name}: LICENSE`);
    if (manifest.repository?.directory !== pkg.dir || !manifest.repository?.url || !manifest.homepage || !manifest.bugs?.url) fail(`${pkg.name}: repository (with directory ${pkg.dir}), homepage or bugs missing`);
    else ok(`${pkg.name}: repository, homepage, bugs`);
    const maps = files.filter((file) => file.endsWith('.map'));
    if (maps.length > 0) fail(`${pkg.name}: ships ${maps.length} source map(s); the READMEs say none are published`);
  }

  console.log('== installing the tarballs with npm');
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'turnus-pack-install', private: true, type: 'module' }, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PACKAGES.map((pkg) => pkg.tarball)], { cwd: app, stdio: ['ignore', 'inherit', 'inherit'] });
  // The record that the "load your own record" example reads.
  copyFileSync(join(root, 'packages/data/records/ots/record.yaml'), join(app, 'record.yaml'));

  console.log("== the README's library examples");
  const examples = libraryExamples();
  if (examples.length < 2) fail(`README.md: expected the Library section's two examples, found ${examples.length}`);
  examples.forEach((example, i) => {
    const file = join(app, `example-${i + 1}.mjs`);
    writeFileSync(file, example.code);
    try {
      const printed = run(process.execPath, [file], { cwd: app }).trimEnd().split('\n').filter(Boolean);
      if (JSON.stringify(printed) !== JSON.stringify(example.expected)) fail(`README.md example ${i + 1} printed ${JSON.stringify(printed)}, its comments say ${JSON.stringify(example.expected)}`);
      else ok(`README.md example ${i + 1} (line ${example.line})${example.expected.length ? `: ${example.expected.join(' / ')}` : ''}`);
    } catch (error) {
      fail(`README.md example ${i + 1} (line ${example.line}): ${error.message}`);
    }
  });

  console.log('== every entry, from ES modules and from CommonJS');
  const core = JSON.parse(readFileSync(join(app, 'node_modules/@turnus/core/package.json'), 'utf8'));
  const data = JSON.parse(readFileSync(join(app, 'node_modules/@turnus/data/package.json'), 'utf8'));
  const entries = [
    ...Object.keys(core.exports).filter((key) => key !== './package.json').map((key) => `@turnus/core${key.slice(1)}`),
    ...Object.keys(data.exports).filter((key) => !key.includes('*') && !key.endsWith('.json')).map((key) => `@turnus/data${key.slice(1)}`),
  ];
  const check = `const entries = ${JSON.stringify(entries)};
const cjs = require('node:module').createRequire(require('node:path').join(process.cwd(), 'index.js'));
(async () => {
  for (const entry of entries) {
    const esm = await import(entry);
    const req = cjs(entry);
    if (Object.keys(esm).filter((k) => k !== 'default' && k !== 'module.exports').length === 0 || Object.keys(req).length === 0) throw new Error(entry + ' exports nothing');
  }
  if (cjs('@turnus/data').ots !== cjs('@turnus/data/ots').ots) throw new Error('records.ots is not @turnus/data/ots');
  const schema = require('node:path').join(process.cwd(), 'node_modules/@turnus/data/schema/record.schema.json');
  if (cjs.resolve('@turnus/data/record.schema.json') !== schema) throw new Error('the JSON Schema is not at ' + schema);
})().catch((error) => { console.error(error.message); process.exit(1); });
`;
  writeFileSync(join(app, 'entries.cjs'), check);
  try {
    run(process.execPath, [join(app, 'entries.cjs')], { cwd: app });
    ok(`${entries.length} entries load with import and require; the JSON Schema is at node_modules/@turnus/data/schema/record.schema.json`);
  } catch (error) {
    fail(error.message);
  }

  console.log('== the installed CLI');
  try {
    const out = run('npx', ['turnus', 'who', 'chair', '--today', TODAY], { cwd: app });
    if (!out.trim()) fail('npx turnus who chair printed nothing');
    else ok(`npx turnus who chair --today ${TODAY}: ${out.trim().split('\n')[0]}`);
  } catch (error) {
    fail(error.message);
  }
} catch (error) {
  fail(error.message);
} finally {
  cleanUp();
}
console.log(failures === 0 ? 'pack-install: every check passed' : `pack-install: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);

/**
 * The ```ts blocks of README.md's "## Library" section, as ES modules (they are written without
 * type annotations, so Node runs them as they are), each with what it prints: the trailing
 * comment of each `console.log(…)` line.
 */
function libraryExamples() {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const start = text.indexOf('\n## Library\n');
  const end = text.indexOf('\n## ', start + 1);
  if (start < 0) return [];
  const section = text.slice(start, end < 0 ? undefined : end);
  const firstLine = text.slice(0, start).split('\n').length + 1;
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => {
    const code = match[1];
    const expected = code
      .split('\n')
      .filter((line) => /^\s*console\.log\(/.test(line))
      .map((line) => line.match(/;\s*\/\/\s*(.*)$/)?.[1]?.trim() ?? '(no comment saying what it prints)');
    return { code, expected, line: firstLine + section.slice(0, match.index).split('\n').length };
  });
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
