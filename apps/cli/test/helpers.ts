import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/turnus.js', import.meta.url));
export const OTS_YAML = fileURLToPath(new URL('../../../packages/data/records/ots/record.yaml', import.meta.url));
/** A fixed "today", so that every output is reproducible. */
export const TODAY = ['--today', '2026-11-28'];

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built program with a clean environment (TZ=UTC unless given). */
export function turnus(args: readonly string[], env: Record<string, string> = {}, input?: string | Buffer, bin = BIN): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    maxBuffer: 64 * 1024 * 1024,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, asynchronously, for tests that run many processes at once. */
export function turnusAsync(args: readonly string[], env: Record<string, string> = {}, bin = BIN): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder in the system's temporary folder. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'turnus-test-'));
}

/** A copy of the OTS record in a fresh folder, for tests that write. */
export function otsCopy(): { dir: string; file: string } {
  const dir = tempFolder();
  const file = join(dir, 'record.yaml');
  copyFileSync(OTS_YAML, file);
  return { dir, file };
}

/** Matches a JavaScript stack trace line. */
export const STACK = /\n\s+at .+:\d+/;

/** Terminal columns a line takes (code points, no ANSI styles). */
export function columnsOf(line: string): number {
  return [...line.replace(/\u001b\[[0-9;]*m/g, '').normalize('NFC')].length;
}
