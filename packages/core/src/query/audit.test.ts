import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/plain-date';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import { compile } from '../model/compile';
import { gridDayAfter, gridDayAtOrBefore } from '../rules/grid';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import { audit, departingEntries } from './audit';

const parties = [state('AZ', 'Azerbaijan'), state('KZ', 'Kazakhstan'), state('KG', 'Kyrgyzstan'), state('TR', 'Turkey')];
const stated = calendarRule('P1Y', '2010-01-01', { kind: 'alphabetical', language: 'en' }, { id: 'stated', role: 'stated', from: '2009-01-01' });
const practice: Rule = { id: 'practice', role: 'practice', kind: 'rotation', from: '2009-01-01', trigger: { kind: 'summit' }, order: { kind: 'cycle', parties: ['KZ', 'KG', 'AZ', 'TR'] }, eligible: 'members', sources: ['s'] };

describe('audit', () => {
  const rec = record({
    parties,
    offices: [chairOffice(stated, practice)],
    summits: [
      { id: 's1', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'KZ', date: '2011-10-21', sources: ['s'] },
      { id: 's2', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'KG', date: '2012-08-23', sources: ['s'] },
      { id: 's3', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'AZ', date: '2013-08-16', sources: ['s'] },
      { id: 's4', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'TR', date: '2014-06-05', sources: ['s'] },
    ],
    decisions: [
      ...founders('2009-01-01', 'AZ', 'KZ', 'KG', 'TR'),
      { type: 'handover', office: 'chair', to: 'KZ', date: '2011-10-21', summit: 's1' },
      { type: 'handover', office: 'chair', from: 'KZ', to: 'KG', date: '2012-08-23', summit: 's2' },
      { type: 'handover', office: 'chair', from: 'KG', to: 'AZ', date: '2013-08-16', summit: 's3' },
      { type: 'handover', office: 'chair', from: 'AZ', to: 'TR', date: '2014-06-05', summit: 's4' },
    ],
  });
  const entries = audit(rec, 'chair');
  it('lists every period that departs from the stated order, with no decision to explain it', () => {
    const holders = entries.filter((e) => e.role === 'stated' && e.departures.some((d) => d.kind === 'holder'));
    expect(holders.map((e) => [e.tenure.holder.party, e.expected])).toEqual([
      ['AZ', 'TR'],
      ['TR', 'KZ'],
    ]);
    expect(holders.every((e) => e.departures.find((d) => d.kind === 'holder')!.explainedBy.length === 0)).toBe(true);
  });
  it('finds no holder departure from the practice the record declares', () => {
    expect(entries.filter((e) => e.role === 'practice').flatMap((e) => e.departures)).toEqual([]);
  });
  it('explains handovers off the calendar by the recorded handover decision', () => {
    const timing = entries.filter((e) => e.role === 'stated').flatMap((e) => e.departures.filter((d) => d.kind === 'timing'));
    expect(timing).toHaveLength(4);
    expect(timing.every((d) => d.explainedBy.length === 1)).toBe(true);
  });
  it('names the decision that explains a departure', () => {
    const skipped = record({
      parties,
      offices: [chairOffice(calendarRule('P1Y', '2010-01-01'))],
      decisions: [
        ...founders('2009-01-01', 'AZ', 'KZ', 'KG', 'TR'),
        { type: 'handover', office: 'chair', to: 'AZ', date: '2010-01-01' },
        { id: 'kz-skips', type: 'skip', office: 'chair', party: 'KZ', date: '2010-06-01' },
        { type: 'handover', office: 'chair', from: 'AZ', to: 'KG', date: '2011-01-01' },
        { type: 'handover', office: 'chair', from: 'KG', to: 'TR', date: '2012-01-01' },
      ],
    });
    const result = audit(skipped, 'chair');
    expect(result.flatMap((e) => e.departures)).toEqual([]);
    expect(result[1]).toMatchObject({ expected: 'KG', applied: ['kz-skips'] });
  });
});

describe('departingEntries', () => {
  const departing = (rec: OrganizationRecord, office: string) => departingEntries(compile(rec), compile(rec).offices.get(office)!);
  it('gives the entries of the audit that depart, in its order', () => {
    const rec = record({
      parties,
      offices: [chairOffice(stated, practice)],
      summits: [
        { id: 's1', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'KZ', date: '2011-10-21', sources: ['s'] },
        { id: 's2', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'AZ', date: '2012-08-23', sources: ['s'] },
      ],
      decisions: [
        ...founders('2009-01-01', 'AZ', 'KZ', 'KG', 'TR'),
        { type: 'handover', office: 'chair', to: 'KZ', date: '2011-10-21', summit: 's1' },
        { type: 'handover', office: 'chair', from: 'KZ', to: 'KG', date: '2012-08-23', summit: 's2' },
        { type: 'handover', office: 'chair', from: 'KG', to: 'KZ', date: '2013-01-01' },
      ],
    });
    const all = audit(rec, 'chair');
    expect(departing(rec, 'chair')).toEqual(all.filter((e) => e.departures.length > 0));
    expect(departing(rec, 'chair').length).toBeGreaterThan(0);
  });

  // The audit finds the grid period each tenure began in by moving along the grid with the
  // tenures; it must be the period gridIndex gives, for any grid and any handover days.
  const every = fc.constantFrom('P1D', 'P3D', 'P1W', 'P2W', 'P1M', 'P3M', 'P1Y', 'P1M1D', 'P2Y');
  const anchor = fc.constantFrom('2010-01-01', '2010-01-31', '2012-02-29', '2010-03-15', '2009-12-31');
  const gaps = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1500 })), { minLength: 1, maxLength: 25 });
  it('measures each calendar tenure against the grid period gridIndex gives', () => {
    fc.assert(
      fc.property(every, anchor, fc.integer({ min: -400, max: 400 }), gaps, (each, at, offset, steps) => {
        const order = ['AZ', 'KG', 'KZ', 'TR'];
        let day = addDays(at, offset);
        const decisions: Parameters<typeof record>[0]['decisions'] = [...founders('2000-01-01', ...order)];
        steps.forEach((gap, i) => {
          day = addDays(day, gap);
          decisions.push({ type: 'handover', office: 'chair', to: order[i % 4]!, date: day });
        });
        const rec = record({ parties, offices: [chairOffice(calendarRule(each, at, { kind: 'alphabetical', language: 'en' }, { from: '2000-01-01' }))], decisions });
        const entries = audit(rec, 'chair');
        for (const e of entries) {
          const nominal = gridDayAtOrBefore(at, each, e.tenure.start);
          const timing = e.departures.find((d) => d.kind === 'timing');
          expect(timing?.message).toBe(nominal === e.tenure.start ? undefined : `took over on ${e.tenure.start}; the rule's period began on ${nominal}`);
          const length = e.departures.find((d) => d.kind === 'length');
          const end = gridDayAfter(at, each, e.tenure.start);
          expect(length?.message).toBe(e.tenure.end !== null && e.tenure.end > end ? `held from ${e.tenure.start} to ${e.tenure.end}; the rule's period ended on ${end}` : undefined);
        }
        expect(departing(rec, 'chair')).toEqual(entries.filter((e) => e.departures.length > 0));
      }),
      { numRuns: 300 },
    );
  });
});

describe('audit of offices whose orders differ only in eligibility', () => {
  // Two chairs in one record, alphabetical alike, one among all members and one among the
  // founding members only: each is measured against its own order, whichever is audited first.
  const rule = (id: string, eligible: 'members' | 'founding-members'): Rule => ({ id, role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'calendar', every: 'P1Y', anchor: '2000-01-01' }, order: { kind: 'alphabetical', language: 'en' }, eligible, sources: ['s'] });
  const make = () =>
    record({
      parties: [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie')],
      offices: [
        { ...chairOffice(rule('all', 'members')), id: 'a' },
        { ...chairOffice(rule('founders', 'founding-members')), id: 'b' },
      ],
      decisions: [
        ...founders('2000-01-01', 'AA', 'CC'),
        { type: 'admit', party: 'BB', date: '2000-06-01' },
        { type: 'handover', office: 'a', to: 'AA', date: '2001-01-01' },
        { type: 'handover', office: 'a', from: 'AA', to: 'BB', date: '2002-01-01' },
        { type: 'handover', office: 'b', to: 'AA', date: '2001-01-01' },
        { type: 'handover', office: 'b', from: 'AA', to: 'CC', date: '2002-01-01' },
      ],
    });
  it('expects Charlie after Alpha among the founders, and Bravo among all members, in either order', () => {
    const first = make();
    const bFirst = audit(first, 'b').map((e) => e.expected);
    const aAfter = audit(first, 'a').map((e) => e.expected);
    const second = make();
    const aFirst = audit(second, 'a').map((e) => e.expected);
    const bAfter = audit(second, 'b').map((e) => e.expected);
    expect(bFirst).toEqual([null, 'CC']);
    expect(bAfter).toEqual(bFirst);
    expect(aFirst).toEqual([null, 'BB']);
    expect(aAfter).toEqual(aFirst);
  });
});
