import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { Rule } from '../schema/rule';
import { exportCsv } from './csv';
import { exportIcs } from './ics';
import { exportJson } from './json';
import { exportPopolo } from './popolo';

const sg: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'] };
const rec = record({
  parties: [state('AA', 'Alpha'), state('BB', 'Bravo, "the second"')],
  people: [{ id: 'ann', names: { en: 'Ann Example' }, nationality: 'AA', transliterations: ['Anne'] }],
  offices: [chairOffice(calendarRule('P1Y', '2020-01-01')), termOffice(sg)],
  summits: [
    { id: 'first', ordinal: 1, kind: 'ordinary', mode: 'in-person', status: 'held', host: 'AA', city: 'Alphaville', date: '2020-01-01', endDate: '2020-01-02', sources: ['s'] },
    { id: 'vague', kind: 'informal', status: 'planned', date: '2031', sources: ['s'] },
  ],
  decisions: [
    ...founders('2000-01-01', 'AA', 'BB'),
    { id: 'h1', type: 'handover', office: 'chair', to: 'AA', date: '2020-01-01', summit: 'first' },
    { id: 'h2', type: 'handover', office: 'chair', from: 'AA', to: 'BB', date: '2021-01-01' },
    { id: 'a1', type: 'appoint', office: 'secretary-general', person: 'ann', date: '2020-02-29' },
    { type: 'observer', party: 'BB', date: '2030-01-01' },
  ],
  asOf: '2024-06-30',
});

describe('exportCsv', () => {
  it('writes a header and one row per period, quoting per RFC 4180', () => {
    const lines = exportCsv(rec).split('\r\n');
    expect(lines[0]).toBe('org,office,party,party_name,person,person_name,start,start_precision,start_before,end,end_precision,end_before,term_end,term_end_precision,term_end_before,basis,rule,decisions,sources');
    expect(lines[2]).toBe('test-org,chair,BB,"Bravo, ""the second""",,,2021-01-01,day,,,,,,,,recorded,,h2,s');
    expect(lines[3]).toBe('test-org,secretary-general,AA,Alpha,ann,Ann Example,2020-02-29,day,,,,,2023-02-28,day,,recorded,,a1,s');
    expect(lines.at(-1)).toBe('');
  });
  it('adds projected periods after today', () => {
    const rows = exportCsv(rec, { office: 'chair', today: '2021-06-01', projected: 2 }).trim().split('\r\n');
    expect(rows.slice(-2).map((r) => r.split(',').slice(2, 3)[0])).toEqual(['AA', 'BB']);
    expect(rows.at(-1)).toContain(',rule,rotation,');
  });
});

describe('exportIcs', () => {
  // Unfold RFC 5545 line folding (CRLF + space) to compare whole lines.
  const ics = exportIcs(rec).replace(/\r?\n[ \t]/g, '');
  it('writes all-day events for summits, handovers and term ends', () => {
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20200101\r\nDTEND;VALUE=DATE:20200103');
    expect(ics).toContain('SUMMARY:Test Organization: 1st summit (Alphaville\\, Alpha)');
    expect(ics).toContain('UID:test-org-handover-h2@turnus');
    expect(ics).toContain('SUMMARY:Test Organization: term of Ann Example as Secretary-General ends by rule');
    expect(ics).toContain('DTSTART;VALUE=DATE:20230228');
  });
  it('spans an event known only to the year over that year, saying so, and never reads the clock', () => {
    const vague = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:test-org-summit-vague@turnus'))!;
    expect(vague).toContain('DTSTART;VALUE=DATE:20310101\r\nDTEND;VALUE=DATE:20320101');
    expect(vague).toContain('X-TURNUS-DATE-PRECISION:year');
    expect(vague).toContain('TRANSP:TRANSPARENT');
    expect(vague).toMatch(/SUMMARY:Test Organization: Informal summit \(date known only to the year: 2031\)/);
    expect(ics).toContain('DTSTAMP:20240630T000000Z');
    expect(exportIcs(rec).replace(/\r?\n[ \t]/g, '')).toBe(ics);
  });
  it('does not depend on the process time zone', () => {
    const original = process.env.TZ;
    try {
      const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Sao_Paulo'].map((zone) => {
        process.env.TZ = zone;
        return exportIcs(structuredClone(rec));
      });
      expect(new Set(outputs).size).toBe(1);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('exportPopolo', () => {
  it('gives organizations, persons, posts and memberships', () => {
    const doc = exportPopolo(rec);
    expect(doc.organizations.map((o) => o.id)).toEqual(['test-org', 'AA', 'BB']);
    expect(doc.persons[0]).toMatchObject({ id: 'ann', name: 'Ann Example', national_identity: 'Alpha' });
    expect(doc.posts.map((p) => p.id)).toEqual(['test-org/chair', 'test-org/secretary-general']);
    expect(doc.memberships).toContainEqual(expect.objectContaining({ person_id: 'ann', post_id: 'test-org/secretary-general', start_date: '2020-02-29' }));
    expect(doc.memberships).toContainEqual(expect.objectContaining({ member: { '@type': 'Organization', id: 'BB' }, role: 'observer', start_date: '2030-01-01' }));
  });
});

describe('exportJson', () => {
  it('round-trips the record', () => {
    expect(JSON.parse(exportJson(rec))).toEqual(rec);
  });
});

describe('exports of dates known only to the year', () => {
  // An appointment "in 2014", known to have taken effect by 29 December 2014 (notAfter).
  const vague = record({
    parties: [state('AA', 'Alpha'), state('BB', 'Bravo')],
    people: [
      { id: 'ann', names: { en: 'Ann' }, nationality: 'AA' },
      { id: 'bob', names: { en: 'Bob' }, nationality: 'BB' },
    ],
    offices: [termOffice(sg)],
    decisions: [
      ...founders('2000-01-01', 'AA', 'BB'),
      { id: 'a1', type: 'appoint', office: 'secretary-general', person: 'ann', date: '2010-09-16' },
      { id: 'a2', type: 'appoint', office: 'secretary-general', person: 'bob', date: '2014', notAfter: '2014-12-28' },
    ],
    asOf: '2016-06-30',
  });
  const all = [exportCsv(vague, { today: '2016-06-30', projected: 3 }), exportIcs(vague), JSON.stringify(exportPopolo(vague)), exportJson(vague)];
  it('never writes 1 January of a year known only as a year', () => {
    for (const text of all) {
      expect(text).not.toContain('2014-01-01');
      expect(text).not.toContain('2017-01-01');
    }
  });
  it('writes CSV dates at their precision, with the bound a source gives', () => {
    const rows = exportCsv(vague).trim().split('\r\n');
    expect(rows[1]).toBe('test-org,secretary-general,AA,Alpha,ann,Ann,2010-09-16,day,,2014,year,2014-12-28,2013-09-16,day,,recorded,,a1,s');
    expect(rows[2]).toMatch(/^test-org,secretary-general,BB,Bravo,bob,Bob,2014,year,2014-12-28,,,,2017,year,2017-12-28,recorded,/);
  });
  it('spans iCalendar events over the window the day lies in', () => {
    const ics = exportIcs(vague).replace(/\r?\n[ \t]/g, '');
    const appointment = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:test-org-appoint-a2@turnus'))!;
    expect(appointment).toContain('DTSTART;VALUE=DATE:20140101\r\nDTEND;VALUE=DATE:20141228');
    expect(appointment).toContain('SUMMARY:Test Organization: Bob takes office as Secretary-General (date known only to the year: 2014 (before 28 December 2014))');
    const termEnd = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:test-org-term-end-secretary-general-a2@turnus'))!;
    expect(termEnd).toContain('X-TURNUS-DATE-PRECISION:year');
    expect(termEnd).toContain('DTEND;VALUE=DATE:20171228');
  });
  it('writes Popolo dates at their precision', () => {
    const popolo = exportPopolo(vague);
    expect(popolo.memberships.filter((m) => m.post_id)).toMatchObject([
      { id: 'test-org/secretary-general/2010-09-16', start_date: '2010-09-16', end_date: '2014' },
      { id: 'test-org/secretary-general/2014', start_date: '2014' },
    ]);
  });
});
