import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors';
import { checkpoint, critical, markWritten, onInterrupt, whileWriting } from '../io/interrupt';
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

/** How long a writer waits for a live holder of the lock before giving up. */
export const LOCK_WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The lock's path for a record file (proper-lockfile's default). */
export const lockPathOf = (file: string) => `${file}.lock`;

function permission(file: string, what: string): CliError {
  return new CliError('E_PERMISSION', `cannot write ${file}: ${what}`, { hint: `Check the permissions of the folder ${dirname(file)} (ls -ld), or run turnus as a user who may write there.` });
}

/**
 * Refuses at once, before any lock is taken, a record its owner has made read-only, a folder
 * turnus may not write in, and something other than a lock where the lock goes.
 */
export function checkWritable(file: string): void {
  const stat = statSync(file);
  // The owner's intent counts even for root, whom the system would let write anyway.
  if ((stat.mode & 0o222) === 0) throw new CliError('E_READ_ONLY', `${file} is read-only`, { hint: `Its owner has made it read-only; to record in it anyway: chmod u+w ${file}` });
  try {
    accessSync(file, constants.W_OK);
  } catch {
    throw new CliError('E_READ_ONLY', `${file} is read-only for you`, { hint: `Ask its owner, or check its permissions: ls -l ${file}` });
  }
  const folder = dirname(file);
  let writableFolder = true;
  try {
    accessSync(folder, constants.W_OK);
    writableFolder = (statSync(folder).mode & 0o222) !== 0;
  } catch {
    writableFolder = false;
  }
  if (!writableFolder) throw permission(file, `its folder ${folder} is read-only (the new file and the lock are created beside the old one)`);
  let lock;
  try {
    lock = lstatSync(lockPathOf(file));
  } catch {
    return;
  }
  if (!lock.isDirectory()) {
    throw new CliError('E_LOCKED', `${lockPathOf(file)} is in the way of the lock: it is not a lock folder`, { hint: `turnus did not create it; if nothing else uses it, remove it: rm ${lockPathOf(file)}` });
  }
}

/**
 * Runs `work` while holding the record's lock (`<file>.lock`, a folder created atomically), so
 * that concurrent writers queue instead of losing each other's changes. A writer that was
 * killed leaves a lock that goes stale after {@link LOCK_STALE_MS} and is then taken over. Only
 * a live holder is waited for (up to {@link LOCK_WAIT_MS}); any other problem with the lock
 * (permissions, something else in its place) fails at once. A signal (handled from the first
 * attempt to the release: see io/interrupt.ts) releases the lock.
 */
export function withRecordLock<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  return whileWriting(() => locked(file, work));
}

async function locked<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  // Loaded here, not at start-up: its exit handlers are only wanted while a lock is held.
  const { default: lockfile } = await import('proper-lockfile');
  let compromised: Error | undefined;
  let release: (() => Promise<void>) | undefined;
  let forget = () => {};
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let wait = 20; release === undefined; wait = Math.min(250, wait * 1.5)) {
    try {
      // The lock and its cleanup come together: a signal in between waits until both exist.
      release = await critical(async () => {
        const taken = await lockfile.lock(file, {
        stale: LOCK_STALE_MS,
        retries: 0,
        realpath: false,
        onCompromised: (error) => {
          compromised = error;
        },
        });
        forget = onInterrupt(() => lockfile.unlockSync(file, { realpath: false }));
        return taken;
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOCKED') {
        if (Date.now() > deadline) throw new CliError('E_LOCKED', `${file} is locked by another writer`, { hint: `Wait for it to finish and run the command again; a lock left by a killed writer is taken over after ${LOCK_STALE_MS / 1000} s.` });
        await sleep(wait + Math.random() * wait);
        continue;
      }
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw permission(file, `the lock ${lockPathOf(file)} cannot be created (${code})`);
      if (code === 'ENOENT') throw new CliError('E_FILE_NOT_FOUND', `cannot lock ${file}: no such file`, { hint: 'record writes to an existing record file: check the --data path.' });
      throw new CliError('E_LOCKED', `cannot lock ${file}: ${code ?? String(error)}`, { hint: `Check what is at ${lockPathOf(file)}; turnus uses it as a lock folder.` });
    }
  }
  try {
    const result = await work();
    if (compromised) throw new CliError('E_LOCKED', `the lock on ${file} was lost while writing: ${compromised.message}`, { hint: 'Run the command again; check the record with turnus check.' });
    return result;
  } finally {
    const held = release;
    // Released before its cleanup is forgotten: a signal meanwhile waits for the release.
    await critical(async () => {
      await held().catch(() => undefined);
      forget();
    });
    await checkpoint();
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

/** In the test build only: write a marker on stderr and wait, without blocking, so that a test can send a signal right there. */
export async function pauseForTestAsync(moment: string, detail: string): Promise<void> {
  if (__TURNUS_TEST_HOOKS__ && process.env.TURNUS_TEST_PAUSE === moment) {
    writeErr(`TURNUS_TEST_PAUSED ${moment} ${detail}\n`);
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  }
}

function writeFailed(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return permission(file, `${code}; the file is unchanged`);
  return new CliError('E_WRITE_FAILED', `cannot write ${file}: ${code ?? String(error)}`, { hint: 'The file is unchanged. Check the folder is writable and the disk has room.' });
}

/** A prepared replacement of a file: its temporary file, and how to put it in place or drop it. */
export interface Replacement {
  readonly temporary: string;
  /** Renames the temporary file over the old one and flushes the folder. */
  commit(): void;
  /** Removes the temporary file. */
  discard(): void;
}

/**
 * Writes the new content of a file to a temporary file beside it, with the old file's mode and
 * owner, flushed to disk (fsync). If a signal stops the program before {@link Replacement.commit}
 * or {@link Replacement.discard}, the temporary file is removed; after the commit, the message
 * says the file was written, and `hintIfStopped`.
 */
export function prepareReplacement(file: string, text: string, hintIfStopped = 'it is complete'): Replacement {
  const temporary = temporaryName(file);
  const data = Buffer.from(text, 'utf8');
  let mode = 0o644;
  let owner: { uid: number; gid: number } | undefined;
  try {
    const stat = statSync(file);
    mode = stat.mode & 0o7777;
    owner = { uid: stat.uid, gid: stat.gid };
  } catch {
    // A new file gets the usual permissions.
  }
  const remove = () => {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
  };
  const forget = onInterrupt(remove);
  try {
    const fd = openSync(temporary, 'wx', owner ? mode : 0o666);
    try {
      if (owner) {
        // The file keeps its owner and group (possible for root, or within the owner's groups)…
        try {
          fchownSync(fd, owner.uid, owner.gid);
        } catch {
          // Not allowed: the file then belongs to whoever ran turnus, as any editor would leave it.
        }
        // …and exactly its mode, whatever the umask.
        fchmodSync(fd, mode);
      }
      const half = Math.floor(data.length / 2);
      let written = 0;
      while (written < half) written += writeSync(fd, data, written, half - written);
      pauseForTest('mid-write', temporary);
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    forget();
    remove();
    throw writeFailed(file, error);
  }
  return {
    temporary,
    commit() {
      try {
        renameSync(temporary, file);
      } catch (error) {
        remove();
        throw writeFailed(file, error);
      } finally {
        forget();
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
      markWritten(file, hintIfStopped);
      pauseForTest('after-rename', file);
    },
    discard() {
      forget();
      remove();
    },
  };
}

/**
 * Replaces a file's content atomically: the text goes to a temporary file beside it, is
 * flushed to disk (fsync), and the temporary file is renamed over the old one; then the folder
 * is flushed so the rename itself survives a crash. A reader, or a crash at any moment, sees
 * the old file or the new one, never a mix. A signal meanwhile is acted on once the file is
 * whole again (see io/interrupt.ts).
 */
export function writeAtomically(file: string, text: string): Promise<void> {
  return whileWriting(() => prepareReplacement(file, text).commit());
}
