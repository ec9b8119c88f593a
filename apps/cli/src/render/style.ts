import { isTerminal, type Fd } from '../io/output';

/** Text styles: only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb. */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  error(text: string): string;
  accent(text: string): string;
}

/** The style for standard output (1) or standard error (2): colours only on a terminal. */
export function createStyle(fd: Fd, env: NodeJS.ProcessEnv = process.env): Style {
  return styleFor(isTerminal(fd), env);
}

export function styleFor(terminal: boolean, env: NodeJS.ProcessEnv = process.env): Style {
  // NO_COLOR counts when present and not empty, as the convention says.
  const enabled = terminal && !env.NO_COLOR && env.TERM !== 'dumb';
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { enabled, bold: wrap(1, 22), dim: wrap(2, 22), warn: wrap(33, 39), error: wrap(31, 39), accent: wrap(36, 39) };
}

/** A style that never colours: for text built to be compared or written to files. */
export const plain: Style = styleFor(false, {});
