import { writeErr } from './output';

/**
 * Signals while a command writes. Everywhere else turnus installs no handler, and Ctrl+C
 * (SIGINT), SIGTERM and SIGHUP end it at once by Node's default action (the shell reports 130,
 * 143, 129): a JavaScript handler runs only when the event loop turns, never in the middle of a
 * long computation, so a handler installed for the whole run would make a CPU-bound query ignore
 * SIGTERM until it finished.
 *
 * While a record is written ({@link whileWriting}: taking the lock, re-reading and checking the
 * file, writing the temporary file, renaming it; or `export --output`), a signal is handled
 * instead: what the command had under way is undone (its lock released, its temporary file
 * removed), the error E_INTERRUPTED is printed and the command exits with the same codes. The
 * steps of a write are short and separated by {@link checkpoint}s, where a pending signal is
 * acted on.
 */
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof SIGNALS;

/** Only the writers use this module, all of them in dist/turnus-heavy.js: one copy, one state. */
interface State {
  /** Undo actions of the write under way, in the order they were registered. */
  readonly cleanups: Set<() => void>;
  /** Nesting of {@link whileWriting}: the handlers are installed while it is above zero. */
  writing: number;
  /** Nesting of {@link critical} sections, and a signal that arrived inside one. */
  critical: number;
  pending: Signal | null;
  /** The file a command has already replaced, and what to say about it if a signal comes after. */
  written: { file: string; hint: string } | null;
}
const state: State = { cleanups: new Set(), writing: 0, critical: 0, pending: null, written: null };

function onSignal(signal: Signal): void {
  if (state.critical > 0) state.pending ??= signal;
  else stop(signal);
}

const listeners = Object.fromEntries((Object.keys(SIGNALS) as Signal[]).map((signal) => [signal, () => onSignal(signal)])) as Record<Signal, () => void>;

/**
 * Runs `work`, a write, with the signal handlers installed: a signal during it undoes what the
 * write registered ({@link onInterrupt}) and ends the command with E_INTERRUPTED. Before
 * returning it lets a signal that came during the last synchronous step be handled, then
 * removes the handlers again.
 */
export async function whileWriting<T>(work: () => T | Promise<T>): Promise<T> {
  if (state.writing++ === 0) for (const signal of Object.keys(SIGNALS) as Signal[]) process.on(signal, listeners[signal]);
  try {
    return await work();
  } finally {
    await checkpoint();
    if (--state.writing === 0) for (const signal of Object.keys(SIGNALS) as Signal[]) process.removeListener(signal, listeners[signal]);
  }
}

/**
 * Runs `work` with signals deferred: used around acquiring and releasing a lock, where a signal
 * between creating the lock folder and registering its cleanup would leave the lock behind.
 */
export async function critical<T>(work: () => Promise<T>): Promise<T> {
  state.critical++;
  try {
    return await work();
  } finally {
    state.critical--;
    const pending = state.pending;
    if (state.critical === 0 && pending) {
      state.pending = null;
      stop(pending);
    }
  }
}

/** Marks that the command's change is in place (the file was replaced): a later signal says so, with `hint`. */
export function markWritten(file: string, hint: string): void {
  state.written = { file, hint };
}

/** Runs `cleanup` if a signal stops the program before the returned function is called. */
export function onInterrupt(cleanup: () => void): () => void {
  state.cleanups.add(cleanup);
  return () => {
    state.cleanups.delete(cleanup);
  };
}

function stop(signal: Signal): never {
  const undone = state.cleanups.size > 0;
  for (const cleanup of [...state.cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // Best effort: the next writer removes what is left.
    }
  }
  state.cleanups.clear();
  const written = state.written;
  const hint = written
    ? `${written.file} had already been written; ${written.hint}`
    : undone
      ? 'the file keeps its old content; the lock and temporary file the write had made were removed'
      : 'nothing was changed; run the command again to finish it';
  const message = `stopped by ${signal}${signal === 'SIGINT' ? ' (Ctrl+C)' : ''}`;
  if (process.argv.includes('--json')) writeErr(`${JSON.stringify({ error: { code: 'E_INTERRUPTED', message, hint, file: null, line: null, column: null } })}\n`);
  else writeErr(`turnus: E_INTERRUPTED ${message}\n  hint: ${hint}\n`);
  process.exit(SIGNALS[signal]);
}

/** Lets a pending signal be handled (the event loop reads signals before it runs `setImmediate` callbacks): awaited between the steps of a write. */
export function checkpoint(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
