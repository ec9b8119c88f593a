import { readFileSync, statSync } from 'node:fs';
import { CliError } from '../errors';

/** Files larger than this many bytes are not read at all: a record is at most 20 MB of text. */
export const MAX_READ_BYTES = 4 * 20 * 1024 * 1024;

/** The text of a file given on the command line, `-` being standard input; what it names in messages. */
export interface TextFile {
  readonly name: string;
  /** The text, or `undefined` when the file is too large to read (its size is then in `bytes`). */
  readonly text: string | undefined;
  readonly bytes: number;
}

function cannotRead(name: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error);
  return new CliError('E_FILE_NOT_FOUND', `cannot read ${name}: ${reason}`, { hint: 'Pass a YAML record file or folder, or - for standard input.' });
}

/** Reads a file (or standard input for `-`) as UTF-8 text; a missing or unreadable file is an E_FILE_NOT_FOUND error. */
export function readTextFile(path: string): TextFile {
  const name = path === '-' ? '<stdin>' : path;
  try {
    if (path !== '-') {
      const size = statSync(path).size;
      if (size > MAX_READ_BYTES) return { name, text: undefined, bytes: size };
    }
    const buffer = readFileSync(path === '-' ? 0 : path);
    return { name, text: buffer.toString('utf8'), bytes: buffer.length };
  } catch (error) {
    throw cannotRead(name, error);
  }
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
