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
    expect(stdout).toContain('UID:ots-term-end-secretary-general-appoint-sg-amreyev-2018@turnus');
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
    expect(rows[0]).toBe('org,office,party,party_name,person,person_name,start,start_precision,start_before,end,end_precision,end_before,term_end,term_end_precision,term_end_before,basis,rule,decisions,sources');
    expect(rows).toHaveLength(1 + 13 + 2);
    expect(rows[9]).toMatch(/^ots,chair,TR,Turkey,,,2021-11-12,day,,2022-11-11,day,,,,,recorded,,handover-chair-2021-tr,/);
    // A projected turn expected at a summit of a known year: the year, never an invented 1 January.
    expect(rows.at(-1)).toMatch(/^ots,chair,UZ,Uzbekistan,,,2027,year,,2028,year,,,,,projected,chair-practice,/);
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

describe('dates known only to the year or month, in every output', () => {
  const INVENTED = ['2014-01-01', '2017-01-01'];
  const NOW = ['--org', 'ots', '--today', '2026-11-29'];
  const OUTPUTS: readonly (readonly string[])[] = [
    ['export', '--format', 'csv', '--projected', '10'],
    ['export', '--format', 'ics'],
    ['export', '--format', 'json'],
    ['export', '--format', 'popolo'],
    ['history', 'secretary-general'],
    ['history', 'secretary-general', '--json'],
    ['who', 'secretary-general', '--on', '2014-06-01'],
    ['who', 'secretary-general', '--on', '2015-06-01', '--json'],
    ['state', '--on', '2015-06-01'],
    ['state', '--on', '2015-06-01', '--json'],
    ['timeline', '--office', 'secretary-general', '--from', '2010'],
    ['next', 'chair', '--count', '6'],
    ['next', 'chair', '--count', '6', '--json'],
    ['audit', 'secretary-general'],
    ['audit', 'secretary-general', '--json'],
    ['what-if', 'chair', '--swap', 'TR', 'UZ', '--json'],
  ];
  it.each(OUTPUTS.map((args) => [args.join(' '), args]))('turnus %s never writes 1 January for the Secretaries-General Akıncı and Hasanov', (_, args) => {
    const { code, stdout } = turnus([...NOW, ...(args as string[])]);
    expect(code).toBe(0);
    for (const day of INVENTED) expect(stdout).not.toContain(day);
  });
  it('projects no OTS chair period onto an invented 1 January', () => {
    const rows = turnus([...NOW, 'export', '--format', 'csv', '--office', 'chair', '--projected', '10']).stdout.trimEnd().split('\r\n').slice(1).map((r) => r.split(','));
    const projected = rows.filter((r) => r[15] === 'projected');
    expect(projected).toHaveLength(10);
    for (const r of projected) {
      for (const [date, precision] of [[r[6], r[7]], [r[9], r[10]]]) {
        if (date!.endsWith('-01-01')) expect(precision, r.join(',')).toBe('day');
      }
    }
    const next = JSON.parse(turnus([...NOW, 'next', 'chair', '--count', '10', '--json']).stdout) as { start: string | null; end: string | null }[];
    for (const t of next) {
      expect(t.start ?? '').not.toMatch(/-01-01$/);
      expect(t.end ?? '').not.toMatch(/-01-01$/);
    }
  });
  it('writes the reason of an answer awaiting a summit of a known year with that year, not its 1 January', () => {
    for (const args of [['who', 'chair', '--json'], ['next', 'chair', '--json'], ['state', '--json']]) {
      const out = turnus([...NOW, ...args]).stdout;
      expect(out, args.join(' ')).toContain('"since": "2026"');
      expect(out, args.join(' ')).not.toContain('"since": "2026-01-01"');
    }
  });
  it('spans the iCalendar events of the Secretary-General appointed in 2014 over the window, saying so', () => {
    const ics = turnus([...NOW, 'export', '--format', 'ics', '--office', 'secretary-general']).stdout.replace(/\r\n[ \t]/g, '');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:ots-appoint-appoint-sg-hasanov-2014@turnus'))!;
    expect(event).toContain('X-TURNUS-DATE-PRECISION:year');
    expect(event).toMatch(/SUMMARY:.*Ramil Hasanov takes office as Secretary-General \(date known only to the year: 2014/);
    expect(event).toContain('DTSTART;VALUE=DATE:20140101');
    expect(event).not.toContain('DTEND;VALUE=DATE:20140102');
  });
});
