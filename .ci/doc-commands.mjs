#!/usr/bin/env node
// Runs every CLI command the READMEs document (README.md's CLI section, apps/cli/README.md), as
// written, in a scratch folder holding copies of the records they name; fails (exit 1) when any
// of them fails. Needs the built CLI (apps/cli/dist/turnus.js). `turnus` is that program.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'apps/cli/dist/turnus.js');
if (!existsSync(bin)) {
  console.error('doc-commands: apps/cli/dist/turnus.js is missing: build the CLI first');
  process.exit(1);
}

/**
 * The shell commands of a Markdown file's ```sh blocks that run turnus (continuation lines joined,
 * comments dropped), block by block: each block runs in order in a fresh scratch folder.
 */
function blocks(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [];
  for (const [, block] of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((raw) => raw.replace(/\s+#\s.*$/, '').trim())
      .filter((line) => /(^|[|(<]\s*)turnus\b/.test(line) || /^cp -r /.test(line));
    if (lines.length) found.push({ file, lines });
  }
  return found;
}

/** A scratch folder with the records the examples name: every embedded record at each path they use. */
function scratch() {
  const work = mkdtempSync(join(tmpdir(), 'turnus-docs-'));
  for (const org of readdirSync(join(root, 'packages/data/records'))) {
    for (const path of [`packages/data/records/${org}`, `records/${org}`]) cpSync(join(root, 'packages/data/records', org), join(work, path), { recursive: true });
  }
  cpSync(join(root, 'packages/data/records/ots/record.yaml'), join(work, 'record.yaml'));
  return work;
}

/** Exit codes that are answers, not failures: `turnus due` exits 3 when something is due (documented). */
const accepted = (line, status) => status === 0 || (status === 3 && /\bturnus\b.*\bdue\b/.test(line));

let failed = 0;
let total = 0;
for (const { file, lines } of [...blocks('README.md'), ...blocks('apps/cli/README.md')]) {
  const work = scratch();
  for (const line of lines) {
    total++;
    const script = `set -o pipefail\nturnus() { node ${JSON.stringify(bin)} "$@"; }\n${line}\n`;
    const run = spawnSync('bash', ['-c', script], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, input: '' });
    const ok = accepted(line, run.status);
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${line}${ok ? '' : `\n     exit ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 3).join('\n     ')}`}`);
  }
  rmSync(work, { recursive: true, force: true });
}
console.log(`${total - failed} of ${total} documented commands ran`);
process.exit(failed > 0 ? 1 : 0);
