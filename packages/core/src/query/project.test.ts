import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { Rule } from '../schema/rule';
import { project } from './project';

const five = [state('AT', 'Austria'), state('BE', 'Belgium'), state('CY', 'Cyprus'), state('DK', 'Denmark'), state('EE', 'Estonia')];

describe('project: calendar rotation', () => {
  const monthly = record({
    parties: five,
    offices: [chairOffice(calendarRule('P1M', '2024-01-01'))],
    decisions: [
      ...founders('2023-01-01', 'AT', 'BE', 'CY', 'DK'),
      { type: 'handover', office: 'chair', to: 'BE', date: '2024-01-01' },
      { type: 'handover', office: 'chair', from: 'BE', to: 'CY', date: '2024-02-01' },
      { type: 'admit', party: 'EE', date: '2025-01-01' },
      { type: 'withdraw', party: 'BE', date: '2025-01-01' },
    ],
  });
  it('continues monthly from the last recorded holder', () => {
    const next = project(monthly, 'chair', { today: '2024-02-10', count: 4 });
    expect(next.map((t) => [t.start, t.holder.party])).toEqual([
      ['2024-03-01', 'DK'],
      ['2024-04-01', 'AT'],
      ['2024-05-01', 'BE'],
      ['2024-06-01', 'CY'],
    ]);
    expect(next.every((t) => t.basis === 'rule' && t.rule === 'rotation' && t.reason?.code === 'calendar-rule')).toBe(true);
  });
  it('takes the roster of each period\'s start: a new member joins mid-cycle, a leaver drops out', () => {
    const next = project(monthly, 'chair', { today: '2024-10-15', count: 6 });
    expect(next.map((t) => [t.start, t.holder.party])).toEqual([
      ['2024-10-01', 'CY'],
      ['2024-11-01', 'DK'],
      ['2024-12-01', 'AT'],
      // 1 January 2025: Belgium has left, Estonia has joined; Austria's successor is now Cyprus.
      ['2025-01-01', 'CY'],
      ['2025-02-01', 'DK'],
      ['2025-03-01', 'EE'],
    ]);
  });
  it('includes the period under way today and nothing that ended before', () => {
    const [first] = project(monthly, 'chair', { today: '2024-03-01', count: 1 });
    expect(first).toMatchObject({ start: '2024-03-01', end: '2024-04-01', holder: { party: 'DK' } });
  });
  it('returns to the grid after a late recorded handover', () => {
    const late = record({
      parties: five,
      offices: [chairOffice(calendarRule('P6M', '2024-01-01'))],
      decisions: [...founders('2023-01-01', 'AT', 'BE', 'CY'), { type: 'handover', office: 'chair', to: 'AT', date: '2024-01-20' }],
    });
    const next = project(late, 'chair', { today: '2024-02-01', count: 2 });
    expect(next.map((t) => [t.start, t.end, t.holder.party])).toEqual([
      ['2024-07-01', '2025-01-01', 'BE'],
      ['2025-01-01', '2025-07-01', 'CY'],
    ]);
  });
  it('lets an extension of the running period push the next handover, then returns to the grid', () => {
    const extended = record({
      parties: five,
      offices: [chairOffice(calendarRule('P6M', '2024-01-01'))],
      decisions: [
        ...founders('2023-01-01', 'AT', 'BE', 'CY'),
        { type: 'handover', office: 'chair', to: 'AT', date: '2024-01-01' },
        { type: 'extend', office: 'chair', party: 'AT', date: '2024-05-01', for: 'P6M' },
      ],
    });
    expect(project(extended, 'chair', { today: '2024-05-02', count: 2 }).map((t) => [t.start, t.end, t.holder.party])).toEqual([
      ['2025-01-01', '2025-07-01', 'BE'],
      ['2025-07-01', '2026-01-01', 'CY'],
    ]);
  });
  it('terminates on a contradictory record: a cycle of parties that are not members', () => {
    const contradictory = record({
      parties: five,
      offices: [chairOffice(calendarRule('P1M', '2024-01-01', { kind: 'cycle', parties: ['DK', 'EE'] }))],
      decisions: [...founders('2023-01-01', 'AT'), { type: 'handover', office: 'chair', to: 'AT', date: '2024-01-01' }],
    });
    expect(project(contradictory, 'chair', { today: '2024-01-01', count: 10 })).toEqual([]);
  });
  it('terminates on a summit rotation with no summits and no cadence', () => {
    const practice: Rule = { id: 'p', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit' }, order: { kind: 'alphabetical', language: 'en' }, eligible: 'members', sources: ['s'] };
    const rec = record({ parties: five, offices: [chairOffice(practice)], decisions: [...founders('2000-01-01', 'AT', 'BE'), { type: 'handover', office: 'chair', to: 'AT', date: '2001-01-01' }] });
    expect(project(rec, 'chair', { today: '2024-01-01', count: 10 })).toEqual([]);
  });
  it('stops when nobody is eligible', () => {
    const empty = record({
      parties: five,
      offices: [chairOffice(calendarRule('P1Y', '2024-01-01'))],
      decisions: [...founders('2023-01-01', 'AT'), { type: 'handover', office: 'chair', to: 'AT', date: '2024-01-01' }, { type: 'withdraw', party: 'AT', date: '2024-06-01' }],
    });
    expect(project(empty, 'chair', { today: '2024-02-01', count: 3 })).toEqual([]);
  });
  it('ends a fixed schedule when the schedule does', () => {
    const fixed = record({
      parties: five,
      offices: [chairOffice(calendarRule('P6M', '2024-01-01', { kind: 'fixed', parties: ['BE', 'AT', 'CY'] }))],
      decisions: [...founders('2023-01-01', 'AT', 'BE', 'CY'), { type: 'handover', office: 'chair', to: 'BE', date: '2024-01-01' }],
    });
    expect(project(fixed, 'chair', { today: '2024-02-01', count: 5 }).map((t) => t.holder.party)).toEqual(['AT', 'CY']);
  });
  it('moves every later slot earlier when a scheduled member withdraws', () => {
    const fixed = record({
      parties: five,
      offices: [chairOffice(calendarRule('P6M', '2024-01-01', { kind: 'fixed', parties: ['AT', 'BE', 'CY', 'DK'] }))],
      decisions: [...founders('2023-01-01', 'AT', 'BE', 'CY', 'DK'), { type: 'handover', office: 'chair', to: 'AT', date: '2024-01-01' }, { type: 'withdraw', party: 'BE', date: '2024-03-01' }],
    });
    expect(project(fixed, 'chair', { today: '2024-02-01', count: 5 }).map((t) => [t.start, t.holder.party])).toEqual([
      ['2024-07-01', 'CY'],
      ['2025-01-01', 'DK'],
    ]);
  });
});

describe('project: summit rotation', () => {
  const practice: Rule = { id: 'practice', role: 'practice', kind: 'rotation', from: '2010-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['CY', 'AT', 'BE'] }, eligible: 'members', sources: ['s'] };
  const rec = record({
    parties: five,
    offices: [chairOffice(practice)],
    summits: [
      { id: 'sum-1', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'AT', date: '2024-10-01', ordinal: 1, sources: ['s'] },
      { id: 'sum-2', kind: 'ordinary', mode: 'in-person', status: 'planned', host: 'BE', date: '2025', ordinal: 2, sources: ['s'] },
    ],
    decisions: [...founders('2009-01-01', 'AT', 'BE', 'CY'), { type: 'handover', office: 'chair', to: 'AT', date: '2024-10-01', summit: 'sum-1' }],
  });
  it('hands the chair to the host of each planned summit, then estimates by cadence', () => {
    const next = project(rec, 'chair', { today: '2025-03-01', count: 3 });
    expect(next.map((t) => [t.start, t.startPrecision, t.holder.party, t.estimated ?? false])).toEqual([
      ['2025-01-01', 'year', 'BE', false],
      ['2026-01-01', 'year', 'CY', true],
      ['2027-01-01', 'year', 'AT', true],
    ]);
    expect(next[0]!.startUncertainUntil).toBe('2026-01-01');
  });
});

describe('project: terms', () => {
  const sg: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', nationality: { order: { kind: 'alphabetical', language: 'en' }, noConsecutiveSame: true }, sources: ['s'] };
  const rec = record({
    parties: five,
    offices: [termOffice(sg)],
    people: [{ id: 'ann', names: { en: 'Ann' }, nationality: 'BE' }],
    decisions: [...founders('2000-01-01', 'AT', 'BE', 'CY'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2020-02-29' }],
  });
  it('starts the next term when the current one ends by rule, with the next nationality', () => {
    const next = project(rec, 'secretary-general', { today: '2021-01-01', count: 3 });
    expect(next.map((t) => [t.start, t.end, t.holder.party, t.holder.person])).toEqual([
      ['2023-02-28', '2026-02-28', 'CY', null],
      ['2026-02-28', '2029-02-28', 'AT', null],
      ['2029-02-28', '2032-02-28', 'BE', null],
    ]);
  });
  it('marks a projected term overdue when the record is behind its rule', () => {
    const [first] = project(rec, 'secretary-general', { today: '2024-01-01', count: 1 });
    expect(first).toMatchObject({ start: '2023-02-28', overdue: true });
  });
});

describe('project: termination', () => {
  it('returns at most the count asked, even for huge counts on a short schedule', () => {
    const rec = record({
      parties: five,
      offices: [chairOffice(calendarRule('P1M', '2024-01-01'))],
      decisions: [...founders('2023-01-01', 'AT', 'BE'), { type: 'handover', office: 'chair', to: 'AT', date: '2024-01-01' }],
    });
    expect(project(rec, 'chair', { today: '2024-01-01', count: 1000 })).toHaveLength(1000);
  });
  it('throws a typed error for an unknown office', () => {
    const rec = record({ parties: five });
    expect(() => project(rec, 'nope', { today: '2024-01-01' })).toThrowError(/Unknown office "nope"/);
  });
});
