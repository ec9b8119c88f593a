import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, STACK, TODAY, turnus } from './helpers';

/** Output that cannot be written, and what a person typed echoed into an error. */

const ENV = { PATH: process.env.PATH ?? '', TZ: 'UTC' };

/** Runs turnus with standard output on /dev/full, where every write fails with ENOSPC. */
function toFullDisk(args: readonly string[]): { code: number | null; stderr: string } {
  const full = openSync('/dev/full', 'w');
  try {
    const run = spawnSync(process.execPath, [BIN, ...args], { env: ENV, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
    return { code: run.status, stderr: run.stderr };
  } finally {
    closeSync(full);
  }
}

describe('standard output that cannot be written', () => {
  it.each([
    ['who', ['who', 'chair', ...TODAY]],
    ['history', ['history', 'chair', ...TODAY]],
    ['--help', ['--help']],
    ['--version', ['--version']],
    ['export', ['export', '--format', 'csv', ...TODAY]],
  ])('is E_WRITE_FAILED with exit code 1 for %s (stdout on /dev/full), in one line and a hint', (_name, args) => {
    const run = toFullDisk(args);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('turnus: E_WRITE_FAILED cannot write to standard output: ENOSPC (no space left on device)');
    expect(lines.slice(1)).toEqual(['  hint: The output is incomplete. Check where it goes: a full disk, or a file or device that cannot be written.']);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('is one JSON error with --json', () => {
    const run = toFullDisk(['who', 'chair', '--json', ...TODAY]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr)).toEqual({
      error: { code: 'E_WRITE_FAILED', message: 'cannot write to standard output: ENOSPC (no space left on device)', hint: expect.stringContaining('The output is incomplete'), file: null, line: null, column: null },
    });
  });

  it('is quiet when the reader has gone (EPIPE, as in turnus … | head -1): exit code 0, nothing on standard error', async () => {
    // The pipe's reading end is closed before turnus writes: every write to it fails with EPIPE.
    const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'export', '--format', 'json', ...TODAY], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    });
    expect(result).toEqual({ code: 0, signal: null, stderr: '' });
    // The same through a shell, with more output than a pipe holds.
    // (Its standard input is not a socket, where bash would read ~/.bashrc.)
    const shell = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" export --format json --today 2026-11-28 | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect({ status: shell.stdout, stderr: shell.stderr }).toEqual({ status: '0\n', stderr: '' });
  });

  it('goes where Node puts it when standard output is closed (>&-): to /dev/null, like > /dev/null', () => {
    // Node reopens a closed descriptor 0, 1 or 2 on /dev/null before any JavaScript runs, in
    // read-write mode: the same as Node's own `stdio: 'ignore'` and Python's DEVNULL, which
    // callers use to run a command silently. turnus cannot tell them apart, so it does not fail.
    const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" who chair --today 2026-11-28 >&-`], { env: ENV, encoding: 'utf8' });
    const ignored = spawnSync(process.execPath, [BIN, 'who', 'chair', ...TODAY], { env: ENV, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    expect({ code: closed.status, stderr: closed.stderr }).toEqual({ code: 0, stderr: '' });
    expect({ code: ignored.status, stderr: ignored.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('keeps the command going when standard error cannot be written: the exit code still tells', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'who', 'nobody', ...TODAY], { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', full] });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    } finally {
      closeSync(full);
    }
  });
});

describe('what a person typed, echoed into an error', () => {
  it('is shown with its control characters escaped: the error stays one line and no escape sequence reaches the terminal', () => {
    const run = turnus(['who', 'chair\n\u001b[31mred', ...TODAY]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('turnus: E_UNKNOWN_OFFICE no office "chair\\n\\x1b[31mred" in the record of ots\n  hint: Offices: chair, cfm-chair, secretary-general, honorary-chairman, council-of-elders-chair\n');
  });

  it('is escaped in commander’s own errors, in file names and in option values too', () => {
    const unknown = turnus(['wh\u001bo']);
    expect(unknown.stderr.split('\n')[0]).toBe("turnus: E_USAGE unknown command 'wh\\x1bo' (Did you mean who?)");
    const file = turnus(['--data', '/nonexistent/\u001b]0;title\u0007\n.yaml', 'state', ...TODAY]);
    expect(file.code).toBe(1);
    expect(file.stderr.split('\n')[0]).toBe('turnus: E_FILE_NOT_FOUND cannot read /nonexistent/\\x1b]0;title\\x07\\n.yaml: no such file');
    const date = turnus(['state', '--on', '2023-\u202e02-01', ...TODAY]);
    expect(date.code).toBe(2);
    expect(date.stderr.split('\n')[0]).toBe('turnus: E_INVALID_DATE --on "2023-\\u{202e}02-01" is not a real calendar date');
    for (const run of [unknown, file, date]) expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('is given exactly with --json, where JSON escapes it', () => {
    const run = turnus(['--json', 'who', 'chair\n\u001b[31mred', ...TODAY]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(JSON.parse(run.stderr).error.message).toBe('no office "chair\n\u001b[31mred" in the record of ots');
  });
});
