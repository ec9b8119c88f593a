import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import { stateOn } from './state-on';

describe('stateOn', () => {
  const rec = record({
    parties: [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie')],
    offices: [chairOffice(calendarRule('P1Y', '2020-01-01'))],
    decisions: [
      ...founders('2010-01-01', 'AA', 'BB'),
      { type: 'observer', party: 'CC', date: '2012-05-05' },
      { type: 'admit', party: 'CC', date: '2015-05-05' },
      { type: 'suspend', party: 'BB', date: '2016-01-01' },
      { type: 'reinstate', party: 'BB', date: '2017-01-01' },
      { type: 'rename', names: { en: { name: 'Renamed Organization' } }, date: '2018-01-01' },
      { type: 'handover', office: 'chair', to: 'AA', date: '2020-01-01' },
    ],
  });
  it('lists members and observers with the day they took that standing', () => {
    const s = stateOn(rec, '2013-01-01');
    expect(s.members.map((m) => [m.party, m.since])).toEqual([['AA', '2010-01-01'], ['BB', '2010-01-01']]);
    expect(s.observers.map((m) => [m.party, m.since])).toEqual([['CC', '2012-05-05']]);
  });
  it('moves an observer to the members on admission, and shows suspensions', () => {
    const s = stateOn(rec, '2016-06-01');
    expect(s.members.map((m) => m.party)).toEqual(['AA', 'CC']);
    expect(s.suspended.map((m) => m.party)).toEqual(['BB']);
    expect(s.observers).toEqual([]);
  });
  it('gives the name in force that day', () => {
    expect(stateOn(rec, '2017-12-31').names.en?.name).toBe('Test Organization');
    expect(stateOn(rec, '2018-01-01').names.en?.name).toBe('Renamed Organization');
  });
  it('gives the holder of every office', () => {
    expect(stateOn(rec, '2020-06-01').offices.chair).toMatchObject({ status: 'held', tenure: { holder: { party: 'AA' } } });
  });
});
