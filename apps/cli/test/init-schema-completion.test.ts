import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder, TODAY, turnus } from './helpers';

describe('turnus schema', () => {
  it('prints the JSON Schema of record files', () => {
    const { code, stdout } = turnus(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', title: 'Turnus organization record' });
    expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'organization', 'asOf', 'decisions']));
  });
});

describe('turnus init', () => {
  const init = (dir: string) =>
    turnus([...TODAY, 'init', 'eco', '--dir', dir, '--name', 'Economic Cooperation Organization', '--abbreviation', 'ECO', '--founded', '1985', '--place', 'Tehran', '--source', 'https://eco.int/general_content/about']);

  it('creates a record that validates, whose first line points editors at the schema beside it', () => {
    const dir = join(tempFolder(), 'eco');
    const run = init(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created ${join(dir, 'record.yaml')} and ${join(dir, 'record.schema.json')}.`);
    const text = readFileSync(join(dir, 'record.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./record.schema.json');
    expect(JSON.parse(readFileSync(join(dir, 'record.schema.json'), 'utf8')).title).toBe('Turnus organization record');
    expect(turnus([...TODAY, '--data', dir, 'check', '--level', 'info']).stdout).toBe(`${join(dir, 'record.yaml')}: 0 errors, 0 warnings, 0 infos\n`);
  });

  it('is ready for turnus record: the first admission turns the empty list into a list', () => {
    const dir = join(tempFolder(), 'eco');
    init(dir);
    const run = turnus([...TODAY, '--data', dir, 'record', 'admit', '--party', 'IR', '--party-name', 'Iran', '--founding', '--date', '1985', '--source', 'https://eco.int/general_content/about']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'record.yaml'), 'utf8')).toContain('parties:\n  - id: IR\n    kind: state\n    names:\n      en: { name: Iran }\n');
    expect(JSON.parse(turnus([...TODAY, '--data', dir, 'state', '--on', '2000-01-01', '--json']).stdout).members).toEqual([{ party: 'IR', name: 'Iran', since: '1985-01-01' }]);
  });

  it('never overwrites a record', () => {
    const dir = join(tempFolder(), 'eco');
    init(dir);
    writeFileSync(join(dir, 'record.yaml'), 'kept\n');
    const run = init(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^turnus: E_FILE_EXISTS .+record\.yaml already exists\n/);
    expect(readFileSync(join(dir, 'record.yaml'), 'utf8')).toBe('kept\n');
  });

  it('needs the founding facts (exit code 2)', () => {
    const run = turnus(['init', 'eco']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^turnus: E_USAGE init needs --name\n/);
  });
});

describe('turnus completion', () => {
  it('prints a bash script that completes commands, offices and decision kinds', () => {
    const { code, stdout } = turnus(['completion', 'bash']);
    expect(code).toBe(0);
    const file = join(tempFolder(), 'turnus.bash');
    writeFileSync(file, stdout);
    const complete = (words: string) =>
      spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _turnus; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' }).stdout.trim();
    expect(complete("turnus wh")).toBe('who what-if');
    expect(complete("turnus who ''").split(' ')).toEqual(expect.arrayContaining(['chair', 'secretary-general', 'honorary-chairman']));
    expect(complete("turnus record ha")).toBe('handover');
    expect(complete("turnus record end-term --cause r")).toBe('resigned removed replaced');
    expect(complete("turnus export --format ''")).toBe('ics csv json popolo');
  });

  it('prints a zsh script', () => {
    const { code, stdout } = turnus(['completion', 'zsh']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('#compdef turnus');
    expect(stdout).toContain("'1:office:_turnus_offices'");
    expect(stdout).toMatch(/\*\) list=\(chair [a-z -]*\bsecretary-general\b[a-z -]*\) ;;/);
    expect(stdout).toContain('compdef _turnus_root turnus');
  });

  const hasZsh = spawnSync('zsh', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasZsh)('prints a zsh script that zsh reads without a syntax error', () => {
    const file = join(tempFolder(), '_turnus');
    writeFileSync(file, turnus(['completion', 'zsh']).stdout);
    const run = spawnSync('zsh', ['-n', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('refuses another shell (exit code 2)', () => {
    expect(turnus(['completion', 'fish']).code).toBe(2);
  });
});
