import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder, TODAY, turnus } from './helpers';

describe('turnus export', () => {
  it('writes an iCalendar file of summits, handovers and term ends', () => {
    const { code, stdout } = turnus([...TODAY, 'export', '--format', 'ics']);
    expect(code).toBe(0);
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(stdout.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(stdout).toContain('UID:ots-summit-ots-8-istanbul-2021@turnus');
    expect(stdout).toMatch(/DTSTART;VALUE=DATE:20211112\r\nDTEND;VALUE=DATE:20211113/);
    expect(stdout).toContain('UID:ots-handover-handover-chair-2021-tr@turnus');
    expect(stdout).toMatch(/UID:ots-term-end-secretary-general-\d{4}-\d{2}-\d{2}@turnus/);
    expect((stdout.match(/BEGIN:VEVENT/g) ?? []).length).toBe((stdout.match(/END:VEVENT/g) ?? []).length);
  });

  it('keeps one office in the iCalendar file with --office', () => {
    const { stdout } = turnus([...TODAY, 'export', '--format', 'ics', '--office', 'secretary-general']);
    expect(stdout).not.toContain('handover-chair');
    expect(stdout).toContain('appoint-sg-omuraliev-2022');
  });

  it('writes the periods as CSV, one row each, recorded then projected', () => {
    const { code, stdout } = turnus([...TODAY, 'export', '--format', 'csv', '--office', 'chair', '--projected', '2']);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('org,office,party,party_name,person,person_name,start,start_precision,end,term_end,basis,rule,decisions,sources');
    expect(rows).toHaveLength(1 + 13 + 2);
    expect(rows[9]).toMatch(/^ots,chair,TR,Turkey,,,2021-11-12,day,2022-11-11,,recorded,,handover-chair-2021-tr,/);
    expect(rows.at(-1)).toMatch(/^ots,chair,UZ,Uzbekistan,,,2027-01-01,year,2028-01-01,,projected,chair-practice,/);
  });

  it('writes the record itself as JSON, and as Popolo JSON', () => {
    const record = JSON.parse(turnus([...TODAY, 'export', '--format', 'json']).stdout);
    expect(record).toMatchObject({ formatVersion: 1, organization: { id: 'ots' } });
    expect(record.decisions.length).toBeGreaterThan(50);
    const popolo = JSON.parse(turnus([...TODAY, 'export', '--format', 'popolo']).stdout);
    expect(Object.keys(popolo).sort()).toEqual(['memberships', 'organizations', 'persons', 'posts']);
    expect(popolo.persons.map((p: { id: string }) => p.id)).toContain('kubanychbek-omuraliev');
  });

  it('writes to a file with --output', () => {
    const file = join(tempFolder(), 'ots.ics');
    const { code, stdout } = turnus([...TODAY, 'export', '--format', 'ics', '--output', file]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('refuses a format it does not know, and options that do not apply (exit code 2)', () => {
    expect(turnus(['export', '--format', 'xml']).code).toBe(2);
    expect(turnus(['export']).stderr).toMatch(/^turnus: E_USAGE export needs --format\n/);
    expect(turnus(['export', '--format', 'json', '--office', 'chair']).stderr).toMatch(/^turnus: E_USAGE --office does not apply to --format json/);
  });
});
