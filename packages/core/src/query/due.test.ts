import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { Rule } from '../schema/rule';
import { due } from './due';

const abc = [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie')];
const kinds = (items: ReturnType<typeof due>) => items.map((d) => `${d.severity} ${d.kind}`);

describe('due', () => {
  const monthly = (asOf = '2024-03-10') =>
    record({
      asOf,
      parties: abc,
      offices: [chairOffice(calendarRule('P1M', '2024-01-01'))],
      decisions: [...founders('2023-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2024-01-01' }],
    });

  it('lists nothing for a record that is current', () => {
    expect(due(monthly('2024-01-10'), { today: '2024-01-20' })).toEqual([]);
  });

  it('lists each calendar period already begun that the record does not list, for review, with the day the rule fixes', () => {
    const items = due(monthly(), { today: '2024-03-15' });
    expect(kinds(items)).toEqual(['review handover-by-rule', 'review handover-by-rule']);
    expect(items.map((d) => [d.date, d.expected])).toEqual([
      ['2024-02-01', 'BB'],
      ['2024-03-01', 'CC'],
    ]);
    expect(items[0]!.command).toBe('turnus record handover --office chair --from AA --to BB --date 2024-02-01 --source <url>');
    expect(items[0]!.message).toContain('Bravo holds it by rule from 1 February 2024');
  });

  it('says when asOf is older than staleAfter (default six months), and honours the record\'s own threshold', () => {
    const r = monthly('2024-01-10');
    expect(due(r, { today: '2024-07-09' }).some((d) => d.kind === 'record-stale')).toBe(false);
    const stale = due(r, { today: '2024-07-10' }).find((d) => d.kind === 'record-stale');
    expect(stale).toMatchObject({ severity: 'action', date: '2024-01-10', command: null });
    expect(stale!.message).toContain('every 6 months');
    expect(due({ ...r, staleAfter: 'P1Y' }, { today: '2024-07-10' }).some((d) => d.kind === 'record-stale')).toBe(false);
  });

  describe('terms', () => {
    const people = [{ id: 'ann', names: { en: 'Ann Example' }, nationality: 'AA' }];
    const sg = (extra: Partial<Rule> = {}) =>
      record({
        asOf: '2023-04-01',
        parties: abc,
        people,
        offices: [termOffice({ id: 'term', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'], ...extra } as Rule)],
        decisions: [...founders('2000-01-01', 'AA', 'BB'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2020-05-10' }],
      });
    it('lists a term past its end with no decision, once, with the commands for a successor or an extension', () => {
      const items = due(sg(), { today: '2023-06-01' });
      expect(kinds(items)).toEqual(['action term-expired']);
      expect(items[0]).toMatchObject({ office: 'secretary-general', date: '2023-05-10', holder: { person: 'ann' } });
      expect(items[0]!.message).toContain('the term of Ann Example ended by rule on 10 May 2023');
      expect(items[0]!.command).toBe('turnus record appoint --office secretary-general --person-name "<name>" --nationality <party> --date YYYY-MM-DD --source <url>');
      expect(items[0]!.alternatives).toEqual(['turnus record extend --office secretary-general --person ann --until YYYY-MM-DD --date YYYY-MM-DD --source <url>']);
      // Years later, still one item: the later terms follow from the missing decision.
      expect(kinds(due(sg(), { today: '2030-01-01' }).filter((d) => d.kind !== 'record-stale'))).toEqual(['action term-expired']);
    });
    it('lists nothing before the term ends', () => {
      expect(due(sg(), { today: '2023-05-09' })).toEqual([]);
    });
    it('asks for review when the holder remains in office by rule, or the office is vacant by rule', () => {
      expect(kinds(due(sg({ onExpiry: 'holdover' }), { today: '2023-06-01' }))).toEqual(['review holdover']);
      expect(kinds(due(sg({ onExpiry: 'vacant' }), { today: '2023-06-01' }))).toEqual(['review office-vacant']);
    });
  });

  describe('summits and handovers at them', () => {
    const summitRecord = (s2: { status: 'held' | 'planned'; date: string }, gaps?: Parameters<typeof record>[0]['gaps']) =>
      record({
        asOf: '2024-11-01',
        parties: abc,
        offices: [chairOffice({ id: 'practice', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, sources: ['s'] } as Rule)],
        summits: [
          { id: 's1', ordinal: 1, kind: 'ordinary', status: 'held', host: 'AA', date: '2024-10-07', sources: ['s'] },
          { id: 's2', ordinal: 2, kind: 'ordinary', host: 'BB', city: 'Bravoville', sources: ['s'], ...s2 },
        ],
        decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2024-10-07', summit: 's1' }],
        ...(gaps ? { gaps } : {}),
      });

    it('lists a handover the rule expected at a held summit that the record lacks, with the summit and its day', () => {
      const items = due(summitRecord({ status: 'held', date: '2025-03-04' }), { today: '2025-03-10' });
      expect(kinds(items)).toEqual(['action handover-overdue']);
      expect(items[0]).toMatchObject({ office: 'chair', summit: 's2', date: '2025-03-04', expected: 'BB', reason: { code: 'event-not-recorded' } });
      expect(items[0]!.command).toBe('turnus record handover --office chair --from AA --to BB --date 2025-03-04 --summit s2 --source <url>');
      expect(items[0]!.message).toContain('the 2nd summit in Bravoville (4 March 2025)');
    });

    it('lists a planned summit once its day has passed, and the handover expected there', () => {
      const items = due(summitRecord({ status: 'planned', date: '2025-03-04' }), { today: '2025-03-10' });
      expect(kinds(items)).toEqual(['action handover-overdue', 'action summit-past']);
      const summit = items.find((d) => d.kind === 'summit-past')!;
      expect(summit.command).toBe('turnus record summit --id s2 --date 2025-03-04 --status held --source <url>');
      expect(summit.alternatives).toEqual(['turnus record summit --id s2 --date 2025-03-04 --status postponed --source <url>', 'turnus record summit --id s2 --date 2025-03-04 --status cancelled --source <url>']);
    });

    it('judges a summit planned for a month or a year past only when the whole window has passed', () => {
      const may = summitRecord({ status: 'planned', date: '2025-05' });
      expect(due(may, { today: '2025-05-31' }).some((d) => d.kind === 'summit-past')).toBe(false);
      const item = due(may, { today: '2025-06-01' }).find((d) => d.kind === 'summit-past')!;
      expect(item).toMatchObject({ date: '2025-05-01', dateUntil: '2025-06-01' });
      expect(item.command).toContain('--date YYYY-MM-DD');
      expect(item.message).toContain('planned for May 2025');
      expect(due(summitRecord({ status: 'planned', date: '2025' }), { today: '2025-12-31' }).some((d) => d.kind === 'summit-past')).toBe(false);
    });

    it('lists a gap about a planned event whose day has come, and a gap whose span ended after asOf', () => {
      const gaps = [
        { id: 'next-summit', description: 'Whether the 2nd summit took place.', concerns: ['s2'] },
        { id: 'recent', description: 'Who hosted the autumn meeting.', office: 'chair', to: '2025-02' },
        { id: 'settled-past', description: 'An old unknown.', office: 'chair', from: '2010', to: '2012' },
      ];
      const items = due(summitRecord({ status: 'planned', date: '2025' }, gaps), { today: '2025-03-10' });
      expect(items.filter((d) => d.kind === 'gap-review').map((d) => [d.gap, d.severity, d.command])).toEqual([
        ['next-summit', 'review', 'turnus record summit --id s2 --date YYYY-MM-DD --status held --source <url>'],
        ['recent', 'review', 'turnus record handover --office chair --to <party> --date YYYY-MM-DD --source <url>'],
      ]);
    });
  });

  it('lists seats whose terms ended with no recorded successor', () => {
    const council = record({
      asOf: '2024-12-01',
      parties: abc,
      decisions: [...founders('2023-01-01', 'AA'), { type: 'admit', party: 'BB', date: '2024-01-01', term: 'P1Y', seat: 'elected' }],
    });
    expect(due(council, { today: '2024-12-31' })).toEqual([]);
    const [item] = due(council, { today: '2025-01-15' });
    expect(item).toMatchObject({ kind: 'seats-unfilled', severity: 'action', date: '2025-01-01' });
    expect(item!.message).toContain('1 seat whose term ended on 1 January 2025 has no recorded successor');
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => due(monthly(), { today: '2024-02-30' })).toThrow();
  });
});
