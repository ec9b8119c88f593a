import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/turnus.js', import.meta.url));

function turnus(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    ...(input !== undefined ? { input } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TODAY = ['--today', '2026-11-28'];

describe('turnus state', () => {
  it('prints the organization before the rename, with Azerbaijan in the chair', () => {
    const { code, stdout, stderr } = turnus([...TODAY, 'state', '--on', '2021-11-11']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Cooperation Council of Turkic Speaking States (CCTS) on 2021-11-11');
    expect(stdout).toMatch(/Chair\s+Azerbaijan, since 2019-10-15/);
    expect(stdout).toMatch(/Secretary-General\s+Baghdad Amreyev \(Kazakhstan\), since 2018-09-03/);
  });

  it('prints JSON after the rename: Türkiye chairs, Turkmenistan observes', () => {
    const { code, stdout } = turnus([...TODAY, 'state', '--on', '2021-11-12', '--json']);
    expect(code).toBe(0);
    const state = JSON.parse(stdout);
    expect(state).toMatchObject({ org: 'ots', on: '2021-11-12', name: 'Organization of Turkic States' });
    expect(state.chair).toMatchObject({ office: 'chair', status: 'held', holder: { party: 'TR', partyName: 'Turkey', person: null, personName: null }, start: '2021-11-12', end: '2022-11-11', basis: 'recorded' });
    expect(state.observers.map((o: { party: string }) => o.party)).toEqual(['HU', 'TM']);
    expect(state.members.map((o: { party: string }) => o.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR', 'UZ']);
  });

  it('names the Secretary-General on 1 December 2022', () => {
    const state = JSON.parse(turnus([...TODAY, 'state', '--on', '2022-12-01', '--json']).stdout);
    expect(state.secretaryGeneral).toMatchObject({ holder: { person: 'kubanychbek-omuraliev', personName: 'Kubanychbek Omuraliev', party: 'KG', partyName: 'Kyrgyzstan' }, start: '2022-11-14', termEnd: '2025-11-11' });
  });

  it('warns today that the Secretary-General\'s term ended by rule with no successor recorded', () => {
    const { stdout } = turnus([...TODAY, 'state']);
    expect(stdout).toContain('term ended by rule on 2025-11-11; no successor recorded');
  });

  it('gives the same output in every time zone', () => {
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Sao_Paulo'].map((TZ) => turnus([...TODAY, 'state', '--on', '2014-06-05', '--json'], { TZ }).stdout);
    expect(new Set(outputs).size).toBe(1);
  });

  it('never colours output that is not a terminal, or with NO_COLOR', () => {
    expect(turnus([...TODAY, 'state']).stdout).not.toContain('\u001b[');
    expect(turnus([...TODAY, 'state'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });
});

describe('errors', () => {
  it('refuses an impossible date with one line, a code, a hint and exit code 2', () => {
    const { code, stdout, stderr } = turnus(['state', '--on', '2023-02-30']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^turnus: E_INVALID_DATE --on "2023-02-30" is not a real calendar date\n  hint: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  it('refuses an unknown organization with exit code 2', () => {
    const { code, stderr } = turnus(['--org', 'nato', 'state']);
    expect(code).toBe(2);
    expect(stderr).toContain('E_UNKNOWN_ORG');
  });
  it('reports a missing file with exit code 1', () => {
    const { code, stderr } = turnus(['--data', '/nonexistent/record.yaml', 'state']);
    expect(code).toBe(1);
    expect(stderr).toContain('E_FILE_NOT_FOUND');
  });
  it('reports bad data with file:line:col and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'turnus-'));
    const file = join(dir, 'record.yaml');
    writeFileSync(file, 'formatVersion: 1\nasOf: 2023-02-30\n');
    const { code, stderr } = turnus(['--data', file, 'state']);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: turnus: E_DATA_INVALID `));
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  it('reads a record from standard input', () => {
    const { code, stderr } = turnus(['--data', '-', 'state'], {}, 'not: [valid\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^<stdin>:\d+:\d+: turnus: E_DATA_INVALID YAML_SYNTAX/);
  });
  it('treats an unknown command as a usage error', () => {
    expect(turnus(['frobnicate']).code).toBe(2);
  });
});

describe('help and version', () => {
  it('prints help with examples and exits 0', () => {
    const { code, stdout } = turnus(['state', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
  });
  it('prints the version', () => {
    expect(turnus(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
