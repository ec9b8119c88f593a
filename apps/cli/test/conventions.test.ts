import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, OTS_YAML, STACK, tempFolder, TODAY, turnus } from './helpers';

const COMMANDS = ['who', 'history', 'next', 'state', 'summits', 'summit', 'timeline', 'audit', 'what-if', 'due', 'check', 'record', 'export', 'schema', 'init', 'completion'];
const DECISIONS = ['appoint', 'extend', 'end-term', 'handover', 'summit', 'admit', 'observer', 'suspend', 'reinstate', 'withdraw', 'rename', 'adopt', 'skip', 'defer', 'swap', 'replace', 'other'];
/** One error line: an optional `file:line:col: `, then `turnus: CODE message`. */
const ERROR_LINE = /^(\S+:\d+:\d+: |\S+: )?turnus: E_[A-Z_]+ \S/;

describe('help and version', () => {
  it('lists every command in the main help', () => {
    const { code, stdout } = turnus(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`\\n  ${command} `));
  });

  it.each(COMMANDS)('gives help with examples for %s', (command) => {
    const { code, stdout, stderr } = turnus([command, '--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: turnus /);
    expect(stdout).toMatch(/Examples?:\n {2}(turnus|source|cat) /);
  });

  it.each(DECISIONS)('gives help with an example for record %s', (decision) => {
    const { code, stdout } = turnus(['record', decision, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: turnus record ${decision} [options]`);
    expect(stdout).toMatch(new RegExp(`Example:\\n  turnus --data \\S+ record ${decision} `));
  });

  it('prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(turnus(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('exit codes and errors', () => {
  it.each([
    [['frobnicate'], 'E_USAGE'],
    [['who'], 'E_USAGE'],
    [['who', 'chair', '--colour'], 'E_USAGE'],
    [['state', '--on', '2023-02-30'], 'E_INVALID_DATE'],
    [['--today', 'tomorrow', 'state'], 'E_INVALID_DATE'],
    [['who', 'chair', '--on', '10000-01-01'], 'E_DATE_OUT_OF_RANGE'],
    [['--today', '0000-06-01', 'state'], 'E_DATE_OUT_OF_RANGE'],
    [['--org', 'nato', 'state'], 'E_UNKNOWN_ORG'],
    [['--org', '../../etc/passwd', 'state'], 'E_UNKNOWN_ORG'],
    [['summit', 'first'], 'E_UNKNOWN_SUMMIT'],
    [['what-if', 'chair', '--skip', 'Atlantis'], 'E_UNKNOWN_PARTY'],
  ])('exits 2 on the usage error %j, in one line with a code and a hint', (args, code) => {
    const run = turnus([...TODAY, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(ERROR_LINE);
    expect(lines[0]).toContain(`turnus: ${code} `);
    expect(lines.slice(1).every((l) => l.startsWith('  hint: '))).toBe(true);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('exits 2 with a usage line when no command is given', () => {
    const run = turnus([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('turnus: E_USAGE no command given\n');
  });

  it('exits 1 on a file that cannot be read or does not validate', () => {
    const missing = turnus(['--data', '/nonexistent/record.yaml', 'state']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^turnus: E_FILE_NOT_FOUND cannot read \/nonexistent\/record\.yaml: no such file\n/);
    const file = join(tempFolder(), 'record.yaml');
    const valid = readFileSync(new URL('./fixtures/valid-record.yaml', import.meta.url), 'utf8');
    writeFileSync(file, valid.replace("asOf: '2026-01-01'", 'asOf: 2023-02-30'));
    const bad = turnus(['--data', file, 'state']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:11:7: turnus: E_DATA_INVALID INVALID_DATE `));
  });

  it('prints a stack trace only with --debug', () => {
    const plain = turnus(['--data', '/nonexistent/record.yaml', 'state']);
    expect(plain.stderr).not.toMatch(STACK);
    const debug = turnus(['--debug', '--data', '/nonexistent/record.yaml', 'state']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK);
  });

  it('exits 0 when a reader closes the pipe early', () => {
    const run = spawnSync('bash', ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --today 2026-11-28 export --format popolo | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('where the record comes from', () => {
  it('reads a record file, a folder, TURNUS_DATA and standard input alike', () => {
    const expected = turnus([...TODAY, 'who', 'chair', '--on', '2021-11-12', '--json']).stdout;
    expect(turnus([...TODAY, '--data', OTS_YAML, 'who', 'chair', '--on', '2021-11-12', '--json']).stdout).toBe(expected);
    expect(turnus([...TODAY, '--data', join(OTS_YAML, '..'), 'who', 'chair', '--on', '2021-11-12', '--json']).stdout).toBe(expected);
    expect(turnus([...TODAY, 'who', 'chair', '--on', '2021-11-12', '--json'], { TURNUS_DATA: OTS_YAML }).stdout).toBe(expected);
    expect(turnus([...TODAY, '--data', '-', 'who', 'chair', '--on', '2021-11-12', '--json'], {}, readFileSync(OTS_YAML)).stdout).toBe(expected);
  });

  it('chooses among the embedded records with --org', () => {
    const run = turnus([...TODAY, '--org', 'nato', 'state']);
    expect(run.stderr).toMatch(/hint: Embedded organizations: .*\bots\b/);
  });
});

describe('colours', () => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  /** Runs turnus on a pseudo-terminal (util-linux `script`), so that stdout is a TTY. */
  const onTerminal = (env: Record<string, string>) =>
    spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --today 2026-11-28 state`, '/dev/null'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env } }).stdout;

  it('never colours output that is not a terminal', () => {
    expect(turnus([...TODAY, 'state']).stdout).not.toContain('\u001b[');
    expect(turnus([...TODAY, 'timeline']).stdout).not.toContain('\u001b[');
  });

  it.skipIf(!hasScript)('colours a terminal, unless NO_COLOR is set', () => {
    expect(onTerminal({})).toContain('\u001b[1m');
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
