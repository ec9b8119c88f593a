import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleId, decodeCodeCache } from '../src/launch/code-cache-file';
import { BIN, OTS_YAML, STACK, tempFolder, TODAY, turnus, type Run } from './helpers';

/**
 * The launcher runs dist/turnus-main.js (and -heavy, -check) through V8's code cache, kept in
 * dist/*.js.cache (src/launch/cached-bundle.ts). A missing, damaged, foreign or unwritable cache
 * must change nothing but speed: each test runs a copy of dist with its caches spoilt.
 */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) {
    chmodSync(folder, 0o755);
    rmSync(folder, { recursive: true, force: true });
  }
});

/** A copy of the built program, in a fresh folder. */
function distCopy(): { bin: string; dir: string } {
  const dir = join(tempFolder(), 'dist');
  cpSync(dirname(BIN), dir, { recursive: true });
  folders.push(dirname(dir));
  return { bin: join(dir, 'turnus.js'), dir };
}

const COMMANDS = [
  ['who', 'chair', ...TODAY],
  ['state', ...TODAY],
  ['check', OTS_YAML, ...TODAY],
];

const expected = new Map(COMMANDS.map((args) => [args.join(' '), turnus(args)]));
const same = (run: Run, args: string[]) => expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual(expected.get(args.join(' ')));

/** Whether a bundle's cache file is whole and belongs to it. */
function cacheFits(dir: string, bundle: string): boolean {
  const file = join(dir, `${bundle}.cache`);
  return existsSync(file) && decodeCodeCache(readFileSync(file), bundleId(readFileSync(join(dir, bundle), 'utf8'))) !== undefined;
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('the code cache', () => {
  it('comes with the build, one per bundle', () => {
    for (const bundle of ['turnus-main.js', 'turnus-heavy.js', 'turnus-check.js']) expect(cacheFits(dirname(BIN), bundle)).toBe(true);
  });

  it('is written again by the first run when it is missing, and then used as it is', () => {
    const { bin, dir } = distCopy();
    for (const name of readdirSync(dir)) if (name.endsWith('.cache')) rmSync(join(dir, name));
    for (const args of COMMANDS) same(turnus(args, {}, undefined, bin), args);
    for (const bundle of ['turnus-main.js', 'turnus-heavy.js']) expect(cacheFits(dir, bundle)).toBe(true);
    const before = statSync(join(dir, 'turnus-main.js.cache')).mtimeMs;
    same(turnus(COMMANDS[0]!, {}, undefined, bin), COMMANDS[0]!);
    expect(statSync(join(dir, 'turnus-main.js.cache')).mtimeMs).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('changes nothing when it is damaged, cut short, empty, garbage or another bundle\'s, and is then replaced', () => {
    const spoil: Record<string, (file: Buffer) => Buffer> = {
      // V8 would deserialize a damaged cache as it is and abort: the launcher must refuse it.
      'a changed byte in the data': (file) => {
        const copy = Buffer.from(file);
        const at = file.indexOf(10) + 4000;
        for (let i = at; i < at + 64; i++) copy[i] = copy[i]! ^ 0x5a;
        return copy;
      },
      'cut short': (file) => file.subarray(0, file.length >> 1),
      empty: () => Buffer.alloc(0),
      garbage: (file) => Buffer.alloc(file.length, 0x7f),
      "another bundle's": (file) => Buffer.from(file.toString('latin1').replace(/^(turnus-code-cache \d+ )[0-9a-f]/, (_, head: string) => `${head}x`), 'latin1'),
    };
    for (const [how, damage] of Object.entries(spoil)) {
      const { bin, dir } = distCopy();
      for (const bundle of ['turnus-main.js', 'turnus-heavy.js']) {
        const file = join(dir, `${bundle}.cache`);
        writeFileSync(file, damage(readFileSync(file)));
      }
      for (const args of COMMANDS) {
        const run = turnus(args, {}, undefined, bin);
        expect(run.stderr, how).not.toMatch(/Fatal|Error:/);
        same(run, args);
      }
      expect(cacheFits(dir, 'turnus-main.js'), how).toBe(true);
      expect(cacheFits(dir, 'turnus-heavy.js'), how).toBe(true);
    }
  });

  it('changes nothing when V8 refuses it (other V8 flags), and is written again for those flags', () => {
    const { bin, dir } = distCopy();
    const file = join(dir, 'turnus-main.js.cache');
    const before = readFileSync(file);
    const args = COMMANDS[0]!;
    const flagged = spawnSync(process.execPath, ['--stack-size=900', bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ: 'UTC' } });
    same({ code: flagged.status, stdout: flagged.stdout, stderr: flagged.stderr }, args);
    expect(readFileSync(file).equals(before)).toBe(false);
    expect(cacheFits(dir, 'turnus-main.js')).toBe(true);
    // Without the flag V8 refuses that one in turn: the answer is still the same.
    same(turnus(args, {}, undefined, bin), args);
    expect(leftovers(dir)).toEqual([]);
  });

  it('changes nothing when it cannot be written, and leaves no temporary file', () => {
    const { bin, dir } = distCopy();
    // A folder where the cache goes: reading it fails, and so does the rename over it.
    rmSync(join(dir, 'turnus-main.js.cache'));
    mkdirSync(join(dir, 'turnus-main.js.cache'));
    same(turnus(COMMANDS[0]!, {}, undefined, bin), COMMANDS[0]!);
    expect(leftovers(dir)).toEqual([]);
  });

  it('changes nothing in a read-only install', () => {
    const { bin, dir } = distCopy();
    rmSync(join(dir, 'turnus-main.js.cache'));
    chmodSync(dir, 0o555);
    // Root may write anywhere: the program then runs as nobody, who may not.
    const root = process.getuid?.() === 0;
    if (root) chmodSync(dirname(dir), 0o755);
    const args = COMMANDS[0]!;
    const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ: 'UTC' }, ...(root ? { uid: 65534, gid: 65534 } : {}) });
    same({ code: run.status, stdout: run.stdout, stderr: run.stderr }, args);
    expect(existsSync(join(dir, 'turnus-main.js.cache'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps --debug stack traces pointing into the bundle\'s own lines', () => {
    const debug = turnus(['--debug', '--data', '/nonexistent/record.yaml', 'state']);
    expect(debug.stderr).toMatch(STACK);
    const at = /turnus-main\.js:(\d+):(\d+)/.exec(debug.stderr);
    expect(at).not.toBeNull();
    const line = readFileSync(join(dirname(BIN), 'turnus-main.js'), 'utf8').split('\n')[Number(at![1]) - 1];
    expect(line?.length).toBeGreaterThanOrEqual(Number(at![2]));
  });
});
