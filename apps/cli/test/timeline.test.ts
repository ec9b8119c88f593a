import { describe, expect, it } from 'vitest';
import { columnsOf, TODAY, turnus } from './helpers';

describe('turnus timeline', () => {
  const { code, stdout } = turnus([...TODAY, 'timeline']);
  const lines = stdout.trimEnd().split('\n');

  it('fits 80 columns', () => {
    expect(code).toBe(0);
    expect(Math.max(...lines.map(columnsOf))).toBeLessThanOrEqual(80);
  });

  it('draws a labelled row per office, recorded periods solid and projections dashed', () => {
    const row = (office: string) => lines[lines.findIndex((l) => l.startsWith(`${office} `) || l === office) + 1]!;
    expect(row('chair')).toMatch(/│TR━+│KZ━*│KG━*│AZ━*│TR/);
    expect(row('chair')).toContain('┆');
    expect(row('secretary-general')).toMatch(/│Akıncı━+│Hasanov[·━]+│Amreyev━+│Omuraliev━+/);
    expect(row('honorary-chairman')).toMatch(/│Nazarbayev━+$/);
  });

  it('marks summits, today and the years', () => {
    const marks = lines[lines.indexOf('summits') + 1]!;
    expect(marks.match(/●/g)!.length).toBeGreaterThanOrEqual(12);
    expect(marks).toContain('◆');
    expect(marks).toMatch(/[○◇]/);
    expect(stdout).toContain('today ▼');
    expect(stdout).toMatch(/2010 +2012 +2014/);
    expect(stdout).toContain('┆TR┄┄ projected');
  });

  it('draws a narrower span and width when asked', () => {
    const narrow = turnus([...TODAY, 'timeline', '--from', '2020', '--to', '2030', '--width', '60', '--office', 'chair']);
    expect(narrow.code).toBe(0);
    const narrowLines = narrow.stdout.trimEnd().split('\n');
    expect(Math.max(...narrowLines.map(columnsOf))).toBeLessThanOrEqual(60);
    expect(narrow.stdout).not.toContain('secretary-general');
    expect(narrow.stdout).toMatch(/2020 +2022 +2024 +2026 +2028/);
  });

  it('draws each projected period at its place, its label first, even when its start is known only to a window', () => {
    const run = turnus([...TODAY, 'timeline', '--from', '2022', '--to', '2031', '--office', 'chair']);
    expect(run.code).toBe(0);
    const out = run.stdout.split('\n');
    const years = out.find((l) => l.startsWith('2022'))!;
    const row = out[out.indexOf('chair  Chairmanship-in-Office') + 1]!;
    // Türkiye is expected to chair from the 13th summit, some day after the record's horizon (10 March
    // 2026) in 2026: its bar starts at the window's first day, in 2026's first year column, not squeezed after today.
    const start = [...row].indexOf('┆');
    expect(start).toBeGreaterThan(years.indexOf('2026'));
    expect(start).toBeLessThan(years.indexOf('2026') + (years.indexOf('2028') - years.indexOf('2026')) / 2);
    expect(row).toMatch(/┆TR·{3,}┆UZ·{3,}┆KZ·{3,}/);
    // Every label right after its start mark: none pushed to the end of its run.
    expect(row).not.toMatch(/·[A-Z]{2}┆/);
  });

  it('refuses a width too small to draw with exit code 2', () => {
    const run = turnus([...TODAY, 'timeline', '--width', '20']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^turnus: E_INVALID_OPTION --width "20" is not a whole number from 40 to 400\n/);
  });
});
