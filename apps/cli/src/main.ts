#!/usr/bin/env node
/**
 * dist/turnus.js, the `turnus` command (CommonJS, as is all of dist: dist/package.json says so).
 * It installs no signal handlers: Ctrl+C and SIGTERM end it at once by Node's default action,
 * even in the middle of a long computation. Only `record` and `export --output` handle them, while
 * they write (see io/interrupt.ts).
 */
import { CommanderError } from 'commander';
import { TurnusError } from '@turnus/core';
import { CliError } from './errors';
import { writeErr } from './io/output';
import { escapeControls } from './render/echo';
import { createProgram } from './program';
import { createStyle } from './render/style';

/** Exit codes: 0 ok, 1 data or validation error, 2 usage error, 70 a bug in turnus. */
const EXIT_INTERNAL = 70;

/** An error turnus reports in one line: its code, message, hint, where, and exit code. */
interface KnownError {
  readonly code: string;
  readonly message: string;
  readonly hint: string | undefined;
  readonly where: string | undefined;
  readonly details: readonly string[];
  readonly stack: string | undefined;
  readonly exitCode: number;
}

/**
 * A CliError or a TurnusError, recognised by its shape rather than by `instanceof`: the commands
 * that load dist/turnus-heavy.js throw them from that file's own copy of the classes.
 */
function knownError(error: unknown): KnownError | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & { code?: unknown; hint?: unknown; where?: unknown; details?: unknown; exitCode?: unknown };
  if (typeof e.code !== 'string' || !/^E_[A-Z_]+$/.test(e.code)) return undefined;
  const cli = e.name === 'CliError' || error instanceof CliError;
  const turnus = error instanceof TurnusError || ['TurnusError', 'UnknownReferenceError', 'InvalidDateError'].includes(e.name);
  if (!cli && !turnus) return undefined;
  return {
    code: e.code,
    message: e.message,
    hint: typeof e.hint === 'string' ? e.hint : undefined,
    where: typeof e.where === 'string' ? e.where : undefined,
    details: Array.isArray(e.details) ? e.details.map(String) : [],
    stack: e.stack,
    exitCode: cli && typeof e.exitCode === 'number' ? e.exitCode : e.code === 'E_INVALID_RECORD' ? 1 : 2,
  };
}

/**
 * An error as JSON, for `--json`: one object on stderr,
 * `{"error":{"code","message","hint","file","line","column"}}` (null where absent), plus
 * `details` (the diagnostics of a refused record) when there are some.
 */
export function errorJson(code: string, message: string, hint: string | undefined, where: string | undefined, details: readonly string[] = []): string {
  const at = where === undefined ? undefined : /^(.*?)(?::(\d+):(\d+))?$/.exec(where);
  const error = {
    code,
    message,
    hint: hint ?? null,
    file: at?.[1] ?? null,
    line: at?.[2] !== undefined ? Number(at[2]) : null,
    column: at?.[3] !== undefined ? Number(at[3]) : null,
    ...(details.length ? { details: details.map((d) => d.trim()) } : {}),
  };
  return `${JSON.stringify({ error })}\n`;
}

/** The only place errors are caught: each becomes one line on stderr and an exit code. */
async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const json = argv.includes('--json');
  const style = createStyle(2);
  try {
    await (await createProgram(argv)).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0; // a command's own code: `due` gives 3 when something is due
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      // Help shown because no command was given: a usage error.
      if (error.code === 'commander.help' && error.exitCode !== 0) {
        writeErr(json ? errorJson('E_USAGE', 'no command given', 'run turnus --help for the commands', undefined) : `turnus: E_USAGE no command given\n  hint: run turnus --help for the commands\n`);
        return 2;
      }
      return error.exitCode === 0 ? 0 : 2;
    }
    const known = knownError(error);
    if (known && json) {
      writeErr(errorJson(known.code, known.message, known.hint, known.where, known.details));
      if (debug) writeErr(`${known.stack}\n`);
      return known.exitCode;
    }
    // Messages echo what was typed (an office, a path, a value): shown with its control
    // characters escaped, so that the error stays one line and the terminal obeys none of them.
    // (JSON escapes them itself, and gives the value exactly.)
    if (known) {
      const where = known.where ? `${escapeControls(known.where)}: ` : '';
      writeErr(`${where}${style.bold('turnus:')} ${known.code} ${escapeControls(known.message)}\n`);
      for (const line of known.details) writeErr(`${escapeControls(line)}\n`);
      if (known.hint) writeErr(`  hint: ${escapeControls(known.hint)}\n`);
      if (debug) writeErr(`${known.stack}\n`);
      return known.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    const hint = 'this is a bug; please report it with the command you ran (add --debug for details)';
    writeErr(json ? errorJson('E_INTERNAL', message, hint, undefined) : `turnus: E_INTERNAL ${escapeControls(message)}\n  hint: ${hint}\n`);
    if (debug && error instanceof Error) writeErr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

main(process.argv).then((code) => {
  // All output is written synchronously and every command has finished its work: ending here
  // spares Node freeing its heap object by object (~0.5 ms; callgrind).
  process.exit(code);
});
