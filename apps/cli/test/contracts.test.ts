import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempFolder, turnus } from './helpers';

/** Output contracts: state --json across organizations, iCalendar line length, completion values. */
const TODAY = ['--today', '2026-11-28'];
/** The embedded organizations, as the build wrote them. */
const ORGS = readdirSync(join(dirname(BIN), 'records')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

describe('state --json', () => {
  for (const org of ORGS) {
    it(`gives every office of ${org} by id, with the chair and secretaryGeneral shortcuts`, () => {
      const run = turnus([...TODAY, '--org', org, 'state', '--json']);
      expect(run.code).toBe(0);
      const state = JSON.parse(run.stdout) as { offices: Record<string, { office: string } | null>; chair: unknown; chairOffice: string | null; secretaryGeneral: unknown; secretaryGeneralOffice: string | null };
      const offices = (JSON.parse(turnus([...TODAY, '--org', org, 'export', '--format', 'json']).stdout) as { offices: { id: string }[] }).offices.map((o) => o.id);
      expect(Object.keys(state.offices).sort()).toEqual([...offices].sort());
      expect(state).toHaveProperty('chair');
      expect(state).toHaveProperty('secretaryGeneral');
      // The shortcuts read the office of that role, whatever its id, and name it.
      expect(state.chair).toEqual(state.chairOffice === null ? null : state.offices[state.chairOffice]);
      expect(state.secretaryGeneral).toEqual(state.secretaryGeneralOffice === null ? null : state.offices[state.secretaryGeneralOffice]);
      if ('chair' in state.offices) expect(state.chairOffice).toBe('chair');
      if ('secretary-general' in state.offices) expect(state.secretaryGeneralOffice).toBe('secretary-general');
    });
  }
  it.each([
    ['unsc', 'president'],
    ['eu-council', 'presidency'],
    ['asean', 'chair'],
  ])('gives %s a chair shortcut: its rotating office %s', (org, office) => {
    const state = JSON.parse(turnus([...TODAY, '--org', org, 'state', '--json']).stdout);
    expect(state.chairOffice).toBe(office);
    expect(state.chair).toMatchObject({ office, status: expect.stringMatching(/^(held|uncertain)$/) });
    expect(state.secretaryGeneral).toBeNull();
  });
});

describe('export --format ics', () => {
  it('folds every line at 75 octets, with CR LF line ends', () => {
    const run = spawnSync(process.execPath, [BIN, ...TODAY, 'export', '--format', 'ics'], { env: { PATH: process.env.PATH ?? '', TZ: 'UTC' } });
    expect(run.status).toBe(0);
    const lines = run.stdout.toString('binary').split('\r\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((l) => l.length > 75)).toEqual([]);
    expect(run.stdout.toString('utf8')).not.toMatch(/[^\r]\n/);
  });
});

describe('completion', () => {
  it('offers the embedded organizations for --org and the offices for --office (bash)', () => {
    const script = turnus(['completion', 'bash']).stdout;
    expect(script).toContain(`--org) COMPREPLY=($(compgen -W '${ORGS.join(' ')}' -- "$cur")); return ;;`);
    expect(script).toContain('--office) COMPREPLY=($(compgen -W "$offices" -- "$cur")); return ;;');
    expect(script).toMatch(/local offices='chair [^']*\bsecretary-general\b/);
  });
  it('offers them in zsh too', () => {
    const script = turnus(['completion', 'zsh']).stdout;
    expect(script).toContain(`'--org[an embedded organization (default\\: ots)]:value:(${ORGS.join(' ')})'`);
  });
  it('completes --org values in a real bash', () => {
    const dir = tempFolder();
    const file = join(dir, 'turnus.bash');
    writeFileSync(file, turnus(['completion', 'bash']).stdout);
    const run = spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(turnus --org e); COMP_CWORD=2; _turnus; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('eu-council');
  });
  it('offers the offices and parties of the organization named by --org (bash)', () => {
    const file = join(tempFolder(), 'turnus.bash');
    writeFileSync(file, turnus(['completion', 'bash']).stdout);
    const complete = (words: string) =>
      spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _turnus; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' }).stdout.trim();
    expect(complete("turnus --org unsc who ''")).toBe('president');
    expect(complete("turnus --org eu-council history ''")).toBe('presidency');
    expect(complete("turnus --org asean export --format csv --office ''")).toBe('chair');
    expect(complete("turnus --org unsc what-if president --swap L").split(' ').sort()).toEqual(['LR', 'LV']);
    expect(complete("turnus who ''").split(' ')).toEqual(expect.arrayContaining(['chair', 'secretary-general']));
  });
  it('offers them per organization in zsh too', () => {
    const script = turnus(['completion', 'zsh']).stdout;
    expect(script).toMatch(/'--office\[[^\]]*\]:value:_turnus_offices'/);
    expect(script).toContain("    'unsc') list=(president) ;;");
    expect(script).toContain("'1:office:_turnus_offices'");
  });
});
