import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otsCopy, STACK, tempFolder, turnus } from './helpers';

/** Inputs are checked where they enter: each refusal is one coded line, a hint, exit code 2. */
const TODAY = ['--today', '2026-11-28'];

function refused(args: readonly string[], code: string, message: RegExp) {
  const run = turnus([...TODAY, ...args]);
  expect(run.stderr).toMatch(new RegExp(`^turnus: ${code} `));
  expect(run.stderr.split('\n')[0]).toMatch(message);
  expect(run.stderr).toMatch(/\n {2}hint: .+/);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
}

describe('what-if refuses changes that contradict each other or change nothing', () => {
  it('refuses a party swapping with itself', () => refused(['what-if', 'chair', '--swap', 'TR', 'TR'], 'E_INVALID_OPTION', /a party cannot swap turns with itself/));
  it('refuses admitting a member', () => refused(['what-if', 'chair', '--admit', 'TR'], 'E_INVALID_OPTION', /TR is already a member on 2026-11-28/));
  it('refuses admitting and withdrawing the same party', () => refused(['what-if', 'chair', '--admit', 'TM', '--withdraw', 'TM'], 'E_INVALID_OPTION', /TM is given to both --admit and --withdraw/));
  it('refuses withdrawing a party that is not a member', () => refused(['what-if', 'chair', '--withdraw', 'HU'], 'E_INVALID_OPTION', /HU is not a member/));
  it('refuses a party named twice', () => refused(['what-if', 'chair', '--skip', 'TR', 'TR'], 'E_INVALID_OPTION', /--skip names TR twice/));
  it('still answers a real change', () => {
    const run = turnus([...TODAY, 'what-if', 'chair', '--skip', 'TR', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).changes).toHaveLength(1);
  });
});

describe('spans are in order', () => {
  it('refuses history --from after --to', () => refused(['history', 'chair', '--from', '2024', '--to', '2020'], 'E_INVALID_OPTION', /--from 2024 is not before --to 2020/));
  it('refuses timeline --from after --to', () => refused(['timeline', '--from', '2030-01-01', '--to', '2020-01-01'], 'E_INVALID_OPTION', /is not before --to/));
});

describe('init validates its options', () => {
  const base = (dir: string) => ['init', 'eco', '--dir', dir, '--founded', '1985', '--place', 'Tehran', '--source', 'https://eco.int/about'];
  it('refuses an empty name, writing nothing', () => {
    const dir = join(tempFolder(), 'eco');
    refused([...base(dir), '--name', ''], 'E_INVALID_OPTION', /--name is empty/);
    expect(existsSync(dir)).toBe(false);
  });
  it('refuses a blank place', () => {
    const dir = join(tempFolder(), 'eco');
    refused(['init', 'eco', '--dir', dir, '--name', 'ECO', '--founded', '1985', '--place', '  ', '--source', 'https://eco.int/about'], 'E_INVALID_OPTION', /--place is empty/);
  });
  it('refuses a source that is not a web address', () => {
    const dir = join(tempFolder(), 'eco');
    refused(['init', 'eco', '--dir', dir, '--name', 'ECO', '--founded', '1985', '--place', 'Tehran', '--source', 'ftp://eco.int/about'], 'E_INVALID_OPTION', /is not a web address/);
  });
  it('refuses a founding after today', () => {
    const dir = join(tempFolder(), 'eco');
    refused(['init', 'eco', '--dir', dir, '--name', 'ECO', '--founded', '2030', '--place', 'Tehran', '--source', 'https://eco.int/about'], 'E_INVALID_DATE', /is after today/);
  });
  it('writes a record that passes its own check', () => {
    const dir = join(tempFolder(), 'eco');
    expect(turnus([...TODAY, ...base(dir), '--name', 'Economic Cooperation Organization']).code).toBe(0);
    expect(turnus([...TODAY, '--data', dir, 'check', '--level', 'error']).code).toBe(0);
  });
});

describe('durations stay within the calendar', () => {
  it('refuses record extend --for beyond 9998 years', () => {
    const { dir } = otsCopy();
    refused(['--data', dir, 'record', 'extend', '--for', 'P9999999Y', '--date', '2025-10-07', '--source', 'https://example.org/x'], 'E_INVALID_OPTION', /not an ISO 8601 duration of at most 9998 years/);
  });
});
