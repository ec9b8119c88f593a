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
    expect(lines[0]).toBe('org,office,party,party_name,person,person_name,start,start_precision,end,term_end,basis,rule,decisions,sources');
    expect(lines[2]).toBe('test-org,chair,BB,"Bravo, ""the second""",,,2021-01-01,day,,,recorded,,h2,s');
    expect(lines[3]).toBe('test-org,secretary-general,AA,Alpha,ann,Ann Example,2020-02-29,day,,2023-02-28,recorded,,a1,s');
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
  it('leaves out events known only to the year, and never reads the clock', () => {
    expect(ics).not.toContain('vague');
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
