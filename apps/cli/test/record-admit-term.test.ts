import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STACK, tempFolder, turnus } from './helpers';

/**
 * `turnus record admit --term/--until/--seat` (a membership with a term, such as an elected seat
 * on the UN Security Council), run through the built program on a copy of the UNSC record.
 */
const UNSC_YAML = fileURLToPath(new URL('../../../packages/data/records/unsc/record.yaml', import.meta.url));
const TODAY = ['--today', '2026-11-29'];
const SOURCE = 'https://example.org/news/security-council-election-2026';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function unscCopy(): { dir: string; file: string } {
  const dir = tempFolder();
  const file = join(dir, 'record.yaml');
  copyFileSync(UNSC_YAML, file);
  return { dir, file };
}

function members(dir: string, on: string): string[] {
  return JSON.parse(turnus([...TODAY, '--data', dir, 'state', '--on', on, '--json']).stdout).members.map((m: { party: string }) => m.party);
}

/** The entry `record admit` wrote, from its id line to the next entry. */
function entry(text: string, id: string): string {
  const start = text.indexOf(`  - id: ${id}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = text.indexOf('\n  - ', start + 1);
  return text.slice(start, next === -1 ? undefined : next + 1);
}

describe('turnus record admit --term --until --seat', () => {
  it('writes a membership with a term and a seat; the member leaves when the term ends', () => {
    const { dir, file } = unscCopy();
    expect(members(dir, '2027-06-01')).not.toContain('IN');
    const run = turnus([...TODAY, '--data', dir, 'record', 'admit', '--party', 'IN', '--date', '2026-06-03', '--effective', '2027-01-01', '--term', 'P2Y', '--seat', 'elected', '--source', SOURCE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Recorded admit-in-2026 in /);
    expect(entry(readFileSync(file, 'utf8'), 'admit-in-2026')).toContain(
      [
        '  - id: admit-in-2026',
        '    type: admit',
        '    party: IN',
        '    term: P2Y',
        '    seat: elected',
        "    date: '2026-06-03'",
        "    effective: '2027-01-01'",
        '    sources: [example-org-security-council-election-2026]',
        '',
      ].join('\n'),
    );
    expect(turnus([...TODAY, '--data', dir, 'check', '--level', 'error']).code).toBe(0);
    expect(members(dir, '2026-12-31')).not.toContain('IN');
    expect(members(dir, '2027-01-01')).toContain('IN');
    expect(members(dir, '2028-12-31')).toContain('IN');
    expect(members(dir, '2029-01-01')).not.toContain('IN');
    // Written atomically: no temporary file or lock is left beside the record.
    expect(readdirSync(dir).sort()).toEqual(['record.yaml']);
  });

  it('writes --until, the day the term ends (exclusive), and --term with it when they agree', () => {
    const { dir, file } = unscCopy();
    const run = turnus([...TODAY, '--data', dir, 'record', 'admit', '--party', 'JP', '--date', '2026-06-03', '--effective', '2027-01-01', '--term', 'P2Y', '--until', '2029-01-01', '--seat', 'Asia-Pacific Group', '--source', SOURCE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = entry(readFileSync(file, 'utf8'), 'admit-jp-2026');
    expect(written).toContain('    term: P2Y\n    until: \'2029-01-01\'\n    seat: Asia-Pacific Group\n');
    expect(members(dir, '2028-12-31')).toContain('JP');
    expect(members(dir, '2029-01-01')).not.toContain('JP');
  });

  it('prints the entry with --dry-run and writes nothing', () => {
    const { dir, file } = unscCopy();
    const before = sha(file);
    const run = turnus([...TODAY, '--data', dir, 'record', 'admit', '--party', 'IN', '--date', '2026-06-03', '--effective', '2027-01-01', '--until', '2029-01-01', '--source', SOURCE, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("+    until: '2029-01-01'");
    expect(sha(file)).toBe(before);
  });

  const refused: [string, string[], number, RegExp][] = [
    ['a --term that is not an ISO duration', ['--term', '2 years'], 2, /E_INVALID_OPTION.*--term "2 years" is not an ISO 8601 duration/],
    ['an --until that is not a calendar date', ['--until', '2029-02-30'], 2, /E_INVALID_DATE.*--until "2029-02-30" is not a real calendar date/],
    ['an --until that is not after the day the membership takes effect', ['--effective', '2027-01-01', '--until', '2027-01-01'], 2, /E_INVALID_OPTION.*--until 2027-01-01 is not after 2027-01-01/],
    ['a --term and an --until that disagree', ['--effective', '2027-01-01', '--term', 'P2Y', '--until', '2028-01-01'], 2, /E_INVALID_OPTION.*--term P2Y from 2027-01-01 ends on 2029-01-01, not on --until 2028-01-01/],
    ['a --seat without a term', ['--seat', 'elected'], 2, /E_USAGE.*record admit --seat needs --term or --until/],
    ['an empty --seat', ['--term', 'P2Y', '--seat', '  '], 2, /E_INVALID_OPTION.*--seat is empty/],
  ];
  for (const [what, flags, code, message] of refused) {
    it(`refuses ${what}, with a coded one-line error, and leaves the file as it was`, () => {
      const { dir, file } = unscCopy();
      const before = sha(file);
      const run = turnus([...TODAY, '--data', dir, 'record', 'admit', '--party', 'IN', '--date', '2026-06-03', ...flags, '--source', SOURCE]);
      expect(run.code).toBe(code);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stdout).toBe('');
      expect(sha(file)).toBe(before);
    });
  }

  it('documents the flags in --help', () => {
    const help = turnus(['record', 'admit', '--help']).stdout;
    expect(help).toMatch(/--term <duration>\s+for a membership with a term/);
    expect(help).toMatch(/--until <date>\s+for a membership with a term: the day it ends/);
    expect(help).toMatch(/--seat <kind>\s+for a membership with a term: the seat or group/);
    expect(help).toContain('--term P2Y --seat elected');
  });
});
