import { describe, expect, it } from 'vitest';
import type { Rule } from '../schema/rule';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import { whatIf } from './what-if';

describe('whatIf', () => {
  const rec = record({
    parties: [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie'), state('DD', 'Delta')],
    offices: [chairOffice(calendarRule('P1Y', '2020-01-01'))],
    decisions: [...founders('2010-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2020-01-01' }],
  });
  it('shows where an admission changes the projection', () => {
    const [chair] = whatIf(rec, { decisions: [{ type: 'admit', party: 'DD', date: '2021-06-01' }] }, { today: '2020-06-01', count: 5 });
    expect(chair!.before.map((t) => t.holder.party)).toEqual(['BB', 'CC', 'AA', 'BB', 'CC']);
    expect(chair!.after.map((t) => t.holder.party)).toEqual(['BB', 'CC', 'DD', 'AA', 'BB']);
    expect(chair!.firstDifference).toBe(2);
  });
  it('shows a swap', () => {
    const [chair] = whatIf(rec, { decisions: [{ type: 'swap', office: 'chair', parties: ['BB', 'CC'], date: '2020-06-01' }] }, { today: '2020-06-01', count: 3 });
    expect(chair!.after.map((t) => t.holder.party)).toEqual(['CC', 'BB', 'AA']);
    expect(chair!.firstDifference).toBe(0);
  });
  it('leaves the record untouched and reports no difference for no change', () => {
    const before = JSON.stringify(rec);
    const [chair] = whatIf(rec, { decisions: [] }, { today: '2020-06-01' });
    expect(chair!.firstDifference).toBeNull();
    expect(JSON.stringify(rec)).toBe(before);
  });
});

describe('whatIf: a swap while the next turn starts on a day known only to the year', () => {
  const practice: Rule = { id: 'practice', role: 'practice', kind: 'rotation', from: '2010-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, eligible: 'members', sources: ['s'] };
  const rec = record({
    parties: [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie')],
    offices: [chairOffice(practice)],
    summits: [{ id: 'sum-2', kind: 'ordinary', mode: 'in-person', status: 'planned', date: '2025', ordinal: 2, sources: ['s'] }],
    decisions: [...founders('2009-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2024-10-01' }],
  });
  it('exchanges the turn not yet begun, so nobody holds two turns in a row', () => {
    const [chair] = whatIf(rec, { decisions: [{ type: 'swap', office: 'chair', parties: ['BB', 'CC'], date: '2025-06-01' }] }, { today: '2025-06-01', count: 4 });
    expect(chair!.before.map((t) => t.holder.party)).toEqual(['BB', 'CC', 'AA', 'BB']);
    expect(chair!.after.map((t) => t.holder.party)).toEqual(['CC', 'BB', 'AA', 'BB']);
  });
  it('lets the swap, not the host of the planned summit, decide the turn it exchanges', () => {
    const hosted = { ...rec, summits: rec.summits.map((s) => ({ ...s, host: 'BB' })) };
    const [chair] = whatIf(hosted, { decisions: [{ type: 'swap', office: 'chair', parties: ['BB', 'CC'], date: '2025-06-01' }] }, { today: '2025-06-01', count: 4 });
    expect(chair!.before.map((t) => t.holder.party)).toEqual(['BB', 'CC', 'AA', 'BB']);
    expect(chair!.after.map((t) => t.holder.party)).toEqual(['CC', 'BB', 'AA', 'BB']);
  });
});
