import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { CliError } from '../errors';

/** Set only in the test build (see test/global-setup.ts). */
declare const __TURNUS_TEST_HOOKS__: boolean;

/**
 * The most bytes read from any file, device, pipe or standard input: a record is at most 20 M
 * characters (MAX_RECORD_SIZE), and a character takes at most 4 bytes of UTF-8. The limit counts
 * the bytes actually read, never the size a file claims (0 for devices, pipes and terminals),
 * so `--data /dev/zero` stops here.
 */
export const MAX_READ_BYTES = 4 * 20 * 1024 * 1024;

/** Bytes read at a time; between reads a signal (Ctrl+C, SIGTERM) can stop the command. */
const CHUNK_BYTES = 1024 * 1024;

/** Where an invalid byte of UTF-8 is: its offset, and its 1-based line and column (in characters). */
export interface InvalidUtf8 {
  readonly offset: number;
  readonly byte: number;
  readonly line: number;
  readonly column: number;
}

/** The text of a file given on the command line, `-` being standard input; what it names in messages. */
export interface TextFile {
  readonly name: string;
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

/** The length of a valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The first byte of `bytes` that is not valid UTF-8, with its line and column; undefined when all are. */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return { offset: i, byte: bytes[i]!, line, column };
    const b = bytes[i]!;
    // A line ends at LF, at CR LF, or at a CR alone (old Mac files).
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if (b !== 0x0d) column += n === 4 ? 2 : 1; // columns count UTF-16 units, like the parser's
    i += n;
  }
  return undefined;
}

/** Decodes UTF-8, strictly: a byte that is not UTF-8 is reported with its position, never replaced. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid?: undefined } | { text?: undefined; invalid: InvalidUtf8 } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { invalid: findInvalidUtf8(bytes) ?? { offset: 0, byte: bytes[0] ?? 0, line: 1, column: 1 } };
  }
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
  if (read.tooLarge) return { name, text: undefined, bytes: read.total, tooLarge: true };
  const decoded = decodeUtf8(read.bytes);
  return { name, text: decoded.text, bytes: read.total, tooLarge: false, invalidUtf8: decoded.invalid };
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
