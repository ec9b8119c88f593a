import { fstatSync, statSync, writeSync } from 'node:fs';
import { CliError } from '../errors';

/**
 * Output straight to the file descriptors. `process.stdout` would do, but creating it loads
 * Node's stream machinery, several milliseconds of every start; a CLI that prints and exits
 * needs none of it.
 */

/** Standard output (1) or standard error (2). */
export type Fd = 1 | 2;

const closed = new Set<Fd>();

/**
 * Writes all of a text, waiting out a full non-blocking pipe (EAGAIN).
 *
 * A reader that has gone away (EPIPE: `turnus … | head -1`) is not an error, as for Unix tools,
 * which die of SIGPIPE without a word: later output to it is dropped and the exit code is the
 * command's own. Any other failure to write standard output (a full disk, `> /dev/full`, an I/O
 * error) is E_WRITE_FAILED, exit code 1: the output is incomplete, and a script must know. A
 * failure to write standard error drops it: there is nowhere left to say so.
 */
export function write(fd: Fd, text: string): void {
  if (closed.has(fd) || text === '') return;
  const data = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += writeSync(fd, data, offset, data.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      closed.add(fd);
      if (fd === 2 || code === 'EPIPE') return;
      throw new CliError('E_WRITE_FAILED', `cannot write to standard output: ${describeErrno(error)}`, { hint: 'The output is incomplete. Check where it goes: a full disk, or a file or device that cannot be written.' });
    }
  }
}

/** `ENOSPC (no space left on device)`: the code, and the system's words for it. */
function describeErrno(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === undefined) return String(error);
  const words = /^[A-Z]+: ([^,]+),/.exec(message)?.[1];
  return words ? `${code} (${words})` : code;
}

export const writeOut = (text: string): void => write(1, text);
export const writeErr = (text: string): void => write(2, text);

const terminals = new Map<Fd, boolean>();

/** Whether a descriptor is a terminal. Pipes and files are told apart without loading `tty`. */
export function isTerminal(fd: Fd): boolean {
  let answer = terminals.get(fd);
  if (answer === undefined) {
    try {
      // Only a character device can be a terminal, and /dev/null (where benchmarks and scripts
      // send output) is not one; `tty` is loaded for the other character devices alone.
      const stat = fstatSync(fd);
      answer = stat.isCharacterDevice() && !isDevNull(stat.rdev) && process.getBuiltinModule('node:tty').isatty(fd);
    } catch {
      answer = false;
    }
    terminals.set(fd, answer);
  }
  return answer;
}

function isDevNull(rdev: number): boolean {
  try {
    return statSync('/dev/null').rdev === rdev;
  } catch {
    return false;
  }
}
