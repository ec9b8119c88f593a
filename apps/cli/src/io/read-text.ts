import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeUtf8, MAX_RECORD_BYTES, type InvalidUtf8 } from '@turnus/core/yaml';
import { CliError } from '../errors';

/** Set only in the test build (see test/global-setup.ts). */
declare const __TURNUS_TEST_HOOKS__: boolean;

/**
 * The most bytes read from any file, device, pipe or standard input: a record is at most 20 M
 * characters (MAX_RECORD_SIZE), and a character takes at most 4 bytes of UTF-8. The limit counts
 * the bytes actually read, never the size a file claims (0 for devices, pipes and terminals),
 * so `--data /dev/zero` stops here.
 */
export const MAX_READ_BYTES = MAX_RECORD_BYTES;

/** Bytes read at a time; between reads a signal (Ctrl+C, SIGTERM) can stop the command. */
const CHUNK_BYTES = 1024 * 1024;

/** The text of a file given on the command line, `-` being standard input; what it names in messages. */
export interface TextFile {
  readonly name: string;
  /** The bytes read, unless the file is too large (for `parseYamlRecord`, which places a bad byte itself). */
  readonly data: Uint8Array | undefined;
  /** The text, or `undefined` when the file is too large or is not UTF-8 text. */
  readonly text: string | undefined;
  /** The bytes read (for a file too large: more than {@link MAX_READ_BYTES}, and reading stopped there). */
  readonly bytes: number;
  readonly tooLarge: boolean;
  /** The first byte that is not UTF-8, when there is one. */
  readonly invalidUtf8?: InvalidUtf8 | undefined;
}

function cannotRead(name: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return new CliError('E_PERMISSION', `cannot read ${name}: permission denied`, { hint: `Check the permissions of ${name} (ls -l), or run turnus as a user who may read it.` });
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOTDIR' ? 'a part of the path is not a folder' : String(code ?? error);
  return new CliError('E_FILE_NOT_FOUND', `cannot read ${name}: ${reason}`, { hint: 'Pass a YAML or JSON record file or folder, or - for standard input.' });
}

/** Reads at most `limit` + 1 bytes from a source of chunks; `tooLarge` when there were more. */
async function readBounded(next: (buffer: Buffer) => Promise<number>, limit: number): Promise<{ bytes: Buffer; total: number; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const n = await next(buffer);
    if (n === 0) break;
    total += n;
    if (total > limit) return { bytes: Buffer.alloc(0), total, tooLarge: true };
    chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
  }
  return { bytes: Buffer.concat(chunks, total), total, tooLarge: false };
}

/** Standard input, read in chunks up to the limit (a pipe, a file, a device or a terminal). */
async function readStdin(limit: number): Promise<{ bytes: Buffer; total: number; tooLarge: boolean }> {
  const stdin = process.stdin;
  // In the test build only: say that reading has begun, so that a test can interrupt it.
  if (__TURNUS_TEST_HOOKS__ && process.env.TURNUS_TEST_PAUSE === 'reading') process.stderr.write('TURNUS_TEST_PAUSED reading <stdin>\n');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += data.length;
      if (total > limit) return { bytes: Buffer.alloc(0), total, tooLarge: true };
      chunks.push(data);
    }
  } finally {
    // Stop reading: an endless input must not keep the program alive.
    stdin.destroy();
  }
  return { bytes: Buffer.concat(chunks, total), total, tooLarge: false };
}

/**
 * Reads a file (or standard input for `-`) as UTF-8 text, never more than {@link MAX_READ_BYTES}
 * bytes: a larger input, whatever size it claims, stops the read as soon as the limit is passed
 * (`tooLarge`). A byte that is not UTF-8 is reported with its line and column (`invalidUtf8`).
 * A missing or unreadable file is an E_FILE_NOT_FOUND (or E_PERMISSION) error.
 */
export async function readTextFile(path: string, limit = MAX_READ_BYTES): Promise<TextFile> {
  const name = path === '-' ? '<stdin>' : path;
  let read: { bytes: Buffer; total: number; tooLarge: boolean };
  if (path === '-') {
    try {
      read = await readStdin(limit);
    } catch (error) {
      throw cannotRead(name, error);
    }
  } else {
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      throw cannotRead(name, error);
    }
    try {
      const file = handle;
      read = await readBounded(async (buffer) => (await file.read(buffer, 0, buffer.length, null)).bytesRead, limit);
    } catch (error) {
      throw cannotRead(name, error);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }
  if (read.tooLarge) return { name, data: undefined, text: undefined, bytes: read.total, tooLarge: true };
  const decoded = decodeUtf8(read.bytes);
  return { name, data: read.bytes, text: decoded.text, bytes: read.total, tooLarge: false, invalidUtf8: decoded.invalid };
}

/** Whether a path names a folder (false for `-` and for paths that do not exist). */
export function isFolder(path: string): boolean {
  if (path === '-') return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
