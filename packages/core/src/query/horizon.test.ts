import { describe, expect, it } from 'vitest';
import { chairOffice, founders, record, state, termOffice } from '../_fixtures';
import { describeReason } from '../describe/describe-reason';
import type { Holding } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import type { Summit } from '../schema/summit';
import { due } from './due';
import { history } from './history';
import { holderOn } from './holder-on';
import { project } from './project';
import { stateOn } from './state-on';

const parties = [state('AZ', 'Azerbaijan'), state('TR', 'Türkiye'), state('UZ', 'Uzbekistan')];
const practice: Rule = { id: 'practice', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AZ', 'TR', 'UZ'] }, eligible: 'members', sources: ['s'] };
const planned: Summit = { id: 's13', ordinal: 13, kind: 'ordinary', status: 'planned', host: 'TR', date: '2026', sources: ['s'] };

/** The OTS case in small: Azerbaijan chairs from October 2025, the next summit is "2026". */
function chairRecord(extra: Partial<OrganizationRecord> = {}, summits: Summit[] = [planned]): OrganizationRecord {
  return {
    ...record({
      parties,
      offices: [chairOffice(practice)],
      summits,
      decisions: [...founders('2000-01-01', 'AZ', 'TR', 'UZ'), { type: 'handover', office: 'chair', to: 'AZ', date: '2025-10-07' }],
      asOf: '2026-12-08',
    }),
    ...extra,
  };
}

function holder(h: Holding): string | null {
  if (h.status !== 'held') throw new Error(`expected held, got ${h.status}`);
  return h.tenure.holder.party;
}

describe('the knowledge horizon', () => {
  it('without a horizon, a summit known only as "2026" may have happened on 1 January: uncertain', () => {
    const h = holderOn(chairRecord(), 'chair', '2026-01-01');
    expect(h.status).toBe('uncertain');
    expect(h.status === 'uncertain' && h.reason.knownThrough).toBeUndefined();
  });

  it('narrows the window of a planned event to after the horizon: the recorded holder holds through it', () => {
    const rec = chairRecord({ horizon: '2026-03-10' });
    const jan = holderOn(rec, 'chair', '2026-01-01');
    expect(jan).toMatchObject({ status: 'held', tenure: { basis: 'recorded', holder: { party: 'AZ' }, end: '2026-03-11', endUncertainUntil: '2027-01-01', endBasis: 'rule' } });
    expect(holder(holderOn(rec, 'chair', '2026-03-10'))).toBe('AZ');
  });

  it('stays uncertain after the horizon, and names it', () => {
    const rec = chairRecord({ horizon: '2026-03-10' });
    for (const day of ['2026-03-11', '2026-12-07']) {
      const h = holderOn(rec, 'chair', day);
      if (h.status !== 'uncertain') throw new Error(h.status);
      expect(h.candidates.map((t) => t.holder.party)).toEqual(['AZ', 'TR']);
      expect(h.candidates[1]).toMatchObject({ start: '2026-03-11', startPrecision: 'year', startUncertainUntil: '2027-01-01' });
      expect(h.reason).toEqual({ code: 'event-expected', summit: 's13', since: '2026-01-01', knownThrough: '2026-03-10' });
      expect(describeReason(rec, h.reason)).toMatch(/The record knows events through 10 March 2026\.$/);
    }
  });

  it('agrees across history, project and stateOn', () => {
    const rec = chairRecord({ horizon: '2026-03-10' });
    const periods = history(rec, 'chair', { continued: true, to: '2027-06-01' });
    expect(periods.map((t) => [t.holder.party, t.start, t.end])).toEqual([
      ['AZ', '2025-10-07', '2026-03-11'],
      ['TR', '2026-03-11', '2027-01-01'],
      ['UZ', '2027-01-01', '2028-01-01'],
    ]);
    expect(project(rec, 'chair', { today: '2026-01-01', count: 1 })[0]).toMatchObject({ holder: { party: 'TR' }, start: '2026-03-11', reason: { knownThrough: '2026-03-10' } });
    expect(stateOn(rec, '2026-01-01').offices['chair']).toEqual(holderOn(rec, 'chair', '2026-01-01'));
    expect(stateOn(rec, '2026-12-07').offices['chair']).toEqual(holderOn(rec, 'chair', '2026-12-07'));
  });

  it('pushes an estimate from the cadence past the horizon, skipping windows that closed before it', () => {
    const rec = chairRecord({ horizon: '2027-05-31' }, []);
    // No event recorded after Azerbaijan's handover: the cadence estimates 2026 and 2027; by the
    // horizon no event of 2026 happened, so the first comes after 31 May 2027.
    expect(holder(holderOn(rec, 'chair', '2027-05-31'))).toBe('AZ');
    const h = holderOn(rec, 'chair', '2027-06-01');
    expect(h).toMatchObject({ status: 'uncertain', reason: { code: 'event-expected', knownThrough: '2027-05-31' } });
    expect(h.status === 'uncertain' && h.candidates[1]).toMatchObject({ holder: { party: 'TR' }, start: '2027-06-01', startUncertainUntil: '2028-01-01', estimated: true });
  });

  it('moves a planned event whose whole window passed by the horizon to an estimate from the day after it', () => {
    const rec = chairRecord({ horizon: '2026-03-10' }, [{ ...planned, date: '2026-02' }]);
    expect(holder(holderOn(rec, 'chair', '2026-02-15'))).toBe('AZ');
    const h = holderOn(rec, 'chair', '2026-03-11');
    expect(h).toMatchObject({ status: 'uncertain', reason: { summit: 's13', knownThrough: '2026-03-10' } });
    expect(h.status === 'uncertain' && h.candidates[1]).toMatchObject({ start: '2026-03-11', startPrecision: 'day', estimated: true });
  });

  it('keeps the window of a held summit known only to its year: it is an event of the record', () => {
    const rec = chairRecord({ horizon: '2026-03-10' }, [{ ...planned, status: 'held' }]);
    const h = holderOn(rec, 'chair', '2026-01-01');
    expect(h).toMatchObject({ status: 'uncertain', reason: { code: 'event-not-recorded' } });
    expect(h.status === 'uncertain' && h.reason.knownThrough).toBeUndefined();
  });

  it("takes an office's own horizon over the record's", () => {
    const rec = chairRecord({ horizon: '2026-03-10', offices: [{ ...chairOffice(practice), horizon: '2026-06-30' }] });
    expect(holder(holderOn(rec, 'chair', '2026-06-30'))).toBe('AZ');
    expect(holderOn(rec, 'chair', '2026-07-01')).toMatchObject({ status: 'uncertain', reason: { knownThrough: '2026-06-30' } });
  });

  it('names the horizon on a term that ended with no recorded decision', () => {
    const sg: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'] };
    const rec: OrganizationRecord = {
      ...record({ parties, offices: [termOffice(sg)], people: [{ id: 'ann', names: { en: 'Ann' }, nationality: 'AZ' }], decisions: [...founders('2000-01-01', 'AZ'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2020-05-01' }], asOf: '2026-12-08' }),
      horizon: '2026-03-10',
    };
    expect(holderOn(rec, 'secretary-general', '2024-01-01')).toMatchObject({ status: 'uncertain', reason: { code: 'term-expired', since: '2023-05-01', knownThrough: '2026-03-10' } });
  });

  it('due lists what lies between the horizon and today', () => {
    const rec = chairRecord({ horizon: '2026-03-10' });
    const items = due(rec, { today: '2026-12-07' }).filter((d) => d.kind === 'since-horizon');
    expect(items).toEqual([
      {
        kind: 'since-horizon',
        severity: 'review',
        date: '2026-03-11',
        horizon: '2026-03-10',
        message: 'The record knows events through 10 March 2026; since then, expected: the 13th summit (2026); Chair passing to Türkiye (between 11 March 2026 and 31 December 2026). Check what happened since, record it and move the horizon.',
        command: null,
      },
    ]);
    expect(due(rec, { today: '2026-03-10' }).filter((d) => d.kind === 'since-horizon')).toEqual([]);
    expect(due(chairRecord(), { today: '2026-12-07' }).filter((d) => d.kind === 'since-horizon')).toEqual([]);
  });
});
