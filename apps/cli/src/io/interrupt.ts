import { writeErr } from './output';

/**
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP end any command promptly, with the shell's exit codes
 * (130, 143, 129), after undoing what the command had under way: a writer's lock is released and
 * its temporary file removed. The work between two reads or two steps of a write is short, and
 * each read of input is a separate step, so a signal is acted on at once.
 */
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

// One registry for the program and dist/turnus-heavy.js, which has its own copy of this module.
const REGISTRY = Symbol.for('turnus.interrupt-cleanups');
const cleanups: Set<() => void> = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= new Set<() => void>()) as Set<() => void>;
// Critical sections (taking or releasing a lock): a signal that arrives inside one is acted on
// as soon as it ends, when what it created is known and registered for cleanup.
const CRITICAL = Symbol.for('turnus.interrupt-critical');
const section = ((globalThis as Record<symbol, unknown>)[CRITICAL] ??= { depth: 0, pending: null }) as { depth: number; pending: keyof typeof SIGNALS | null };

/**
 * Runs `work` with signals deferred: used around acquiring and releasing a lock, where a signal
 * between creating the lock folder and registering its cleanup would leave the lock behind.
 */
export async function critical<T>(work: () => Promise<T>): Promise<T> {
  section.depth++;
  try {
    return await work();
  } finally {
    section.depth--;
    const pending = section.pending;
    if (section.depth === 0 && pending) {
      section.pending = null;
      stop(pending);
    }
  }
}

const WRITTEN = Symbol.for('turnus.interrupt-written');

/** Marks that the command's change is in place (the record was replaced): a later signal says so. */
export function markWritten(file: string): void {
  (globalThis as Record<symbol, unknown>)[WRITTEN] = file;
}

/** Runs `cleanup` if a signal stops the program before the returned function is called. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

function stop(signal: keyof typeof SIGNALS): never {
  const writing = cleanups.size > 0;
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // Best effort: the next writer removes what is left.
    }
  }
  cleanups.clear();
  const written = (globalThis as Record<symbol, unknown>)[WRITTEN] as string | undefined;
  const hint = written
    ? `the change had already been written to ${written}; check it with turnus check`
    : writing
      ? 'the record keeps its old content; its lock and temporary file were removed'
      : 'nothing was changed; run the command again to finish it';
  const message = `stopped by ${signal}${signal === 'SIGINT' ? ' (Ctrl+C)' : ''}`;
  if (process.argv.includes('--json')) writeErr(`${JSON.stringify({ error: { code: 'E_INTERRUPTED', message, hint, file: null, line: null, column: null } })}\n`);
  else writeErr(`turnus: E_INTERRUPTED ${message}\n  hint: ${hint}\n`);
  process.exit(SIGNALS[signal]);
}

/** Installs the handlers (once, at start-up). */
export function handleSignals(): void {
  for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) {
    process.on(signal, () => {
      if (section.depth > 0) section.pending ??= signal;
      else stop(signal);
    });
  }
}

/** Lets a pending signal be handled: awaited between the steps of long work. */
export function checkpoint(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
