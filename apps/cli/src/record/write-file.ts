import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { CliError } from '../errors';
import { writeErr } from '../io/output';

/** Set only in the test build (see test/global-setup.ts): lets a test stop a writer at a chosen moment. */
declare const __TURNUS_TEST_HOOKS__: boolean;

/** How long a lock may go without its owner renewing it before another writer takes it over. */
export const LOCK_STALE_MS = 5_000;

/** The name of a temporary file of ours beside `file` (a dot file, so editors and globs skip it). */
function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.turnus-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function isOurTemporary(file: string, name: string): boolean {
  return name.startsWith(`.${basename(file)}.turnus-`) && name.endsWith('.tmp');
}

/** In the test build only: write a marker on stderr and block, so that a test can kill the process right there. */
function pauseForTest(moment: string, detail: string): void {
  if (__TURNUS_TEST_HOOKS__ && process.env.TURNUS_TEST_PAUSE === moment) {
    writeErr(`TURNUS_TEST_PAUSED ${moment} ${detail}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  }
}

/**
 * Runs `work` while holding the record's lock (`<file>.lock`, a folder created atomically), so
 * that concurrent writers queue instead of losing each other's changes. A writer that was
 * killed leaves a lock that goes stale after {@link LOCK_STALE_MS} and is then taken over.
 */
export async function withRecordLock<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      stale: LOCK_STALE_MS,
      retries: { retries: 400, factor: 1.2, minTimeout: 20, maxTimeout: 150, randomize: true },
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') throw new CliError('E_LOCKED', `${file} is locked by another writer`, { hint: `Wait for it to finish; a lock left by a killed writer is taken over after ${LOCK_STALE_MS / 1000} s.` });
    throw new CliError('E_FILE_NOT_FOUND', `cannot lock ${file}: ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}`, { hint: 'record writes to an existing record file: check the --data path.' });
  }
  try {
    const result = await work();
    if (compromised) throw new CliError('E_LOCKED', `the lock on ${file} was lost while writing: ${compromised.message}`, { hint: 'Run the command again; check the record with turnus check.' });
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}

/** Removes temporary files left by writers that were killed (only ever called under the lock). */
export function removeLeftovers(file: string): void {
  const folder = dirname(file);
  for (const name of readdirSync(folder)) {
    if (isOurTemporary(file, name)) {
      try {
        unlinkSync(join(folder, name));
      } catch {
        // Already gone: nothing to do.
      }
    }
  }
}

/**
 * Replaces a file's content atomically: the text goes to a temporary file beside it, is
 * flushed to disk (fsync), and the temporary file is renamed over the old one; then the folder
 * is flushed so the rename itself survives a crash. A reader, or a crash at any moment, sees
 * the old file or the new one, never a mix.
 */
export function writeAtomically(file: string, text: string): void {
  const temporary = temporaryName(file);
  const data = Buffer.from(text, 'utf8');
  let mode = 0o644;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    // A new file gets the usual permissions.
  }
  try {
    const fd = openSync(temporary, 'wx', mode);
    try {
      const half = Math.floor(data.length / 2);
      let written = 0;
      while (written < half) written += writeSync(fd, data, written, half - written);
      pauseForTest('mid-write', temporary);
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw new CliError('E_WRITE_FAILED', `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { hint: 'The file is unchanged. Check the folder is writable and the disk has room.' });
  }
  try {
    const dir = openSync(dirname(file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some file systems cannot flush a folder; the rename has happened either way.
  }
  pauseForTest('after-rename', file);
}
