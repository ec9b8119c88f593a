import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, afterLatestDay } from '../calendar/plain-date';
import { chairOffice, founders, record, state } from '../_fixtures';
import { describeRule } from '../describe/describe-rule';
import { RotationTrigger, type Rule } from '../schema/rule';
import { validate } from '../validate/validate';
import { audit } from './audit';
import { history } from './history';
import { holderOn } from './holder-on';
import { project } from './project';

const parties = [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie')];
/** Changes hands in May (or in May and November), on a day the council fixes each time. */
const inMay = (every = 'P1Y'): Rule =>
  ({ id: 'v1', role: 'stated', kind: 'rotation', from: '2025-05', trigger: { kind: 'calendar', every, anchor: '2025-05' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, sources: ['s'] }) as Rule;
const make = (rule: Rule, ...handovers: [string, string][]) =>
  record({
    parties,
    offices: [chairOffice(rule)],
    decisions: [...founders('2020-01-01', 'AA', 'BB', 'CC'), ...handovers.map(([to, date]) => ({ type: 'handover' as const, office: 'chair', to, date }))],
  });

describe('a handover known to the month (calendar anchor YYYY-MM)', () => {
  it('accepts a month anchor with a duration of whole months or years, and no other', () => {
    expect(RotationTrigger.safeParse({ kind: 'calendar', every: 'P1Y', anchor: '2027-05' }).success).toBe(true);
    expect(RotationTrigger.safeParse({ kind: 'calendar', every: 'P6M', anchor: '2027-05' }).success).toBe(true);
    expect(RotationTrigger.safeParse({ kind: 'calendar', every: 'P10D', anchor: '2027-05' }).success).toBe(false);
    expect(RotationTrigger.safeParse({ kind: 'calendar', every: 'P1Y', anchor: '2027' }).success).toBe(false);
    expect(RotationTrigger.safeParse({ kind: 'calendar', every: 'P1Y', anchor: '2027-13' }).success).toBe(false);
  });

  const r = make(inMay(), ['AA', '2025-05-20']);
  it('ends the recorded period in the month, and gives each later period as a month, by rule', () => {
    expect(history(r, 'chair', { to: '2028-01-01', continued: true }).map((t) => [t.holder.party, t.start, t.startPrecision, t.startUncertainUntil, t.end, t.endPrecision, t.endUncertainUntil, t.basis])).toEqual([
      ['AA', '2025-05-20', 'day', undefined, '2026-05-01', 'month', '2026-06-01', 'recorded'],
      ['BB', '2026-05-01', 'month', '2026-06-01', '2027-05-01', 'month', '2027-06-01', 'rule'],
      ['CC', '2027-05-01', 'month', '2027-06-01', '2028-05-01', 'month', '2028-06-01', 'rule'],
    ]);
  });
  it('is uncertain between the outgoing and incoming holder on the days of the month, certain after it', () => {
    for (const day of ['2026-05-01', '2026-05-31']) {
      const h = holderOn(r, 'chair', day);
      expect(h.status).toBe('uncertain');
      expect(h.status === 'uncertain' && h.candidates.map((c) => c.holder.party)).toEqual(['AA', 'BB']);
      expect(h.status === 'uncertain' && h.reason.code).toBe('imprecise-date');
    }
    expect(holderOn(r, 'chair', '2026-04-30')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AA' }, basis: 'recorded' } });
    expect(holderOn(r, 'chair', '2026-06-01')).toMatchObject({ status: 'held', tenure: { holder: { party: 'BB' }, basis: 'rule', reason: { code: 'calendar-rule' } } });
  });
  it('projects the months, never a day no decision fixed', () => {
    const next = project(r, 'chair', { today: '2026-01-01', count: 2 });
    expect(next.map((t) => [t.holder.party, t.start, t.startPrecision, t.startUncertainUntil])).toEqual([
      ['BB', '2026-05-01', 'month', '2026-06-01'],
      ['CC', '2027-05-01', 'month', '2027-06-01'],
    ]);
  });
  it('makes the handover exact once its day is recorded', () => {
    const fixed = make(inMay(), ['AA', '2025-05-20'], ['BB', '2026-05-12']);
    expect(history(fixed, 'chair', { to: '2027-06-01', continued: true }).map((t) => [t.holder.party, t.start, t.startPrecision, t.end, t.endPrecision ?? 'day'])).toEqual([
      ['AA', '2025-05-20', 'day', '2026-05-12', 'day'],
      ['BB', '2026-05-12', 'day', '2027-05-01', 'month'],
      ['CC', '2027-05-01', 'month', '2028-05-01', 'month'],
    ]);
    expect(holderOn(fixed, 'chair', '2026-05-12')).toMatchObject({ status: 'held', tenure: { holder: { party: 'BB' }, basis: 'recorded' } });
    expect(holderOn(fixed, 'chair', '2026-05-11')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AA' } } });
  });
  it('changes hands twice a year: in May and in November', () => {
    const twice = make(inMay('P6M'), ['AA', '2025-05-20']);
    expect(project(twice, 'chair', { today: '2025-06-01', count: 3 }).map((t) => [t.holder.party, t.start.slice(0, 7), t.startPrecision])).toEqual([
      ['BB', '2025-11', 'month'],
      ['CC', '2026-05', 'month'],
      ['AA', '2026-11', 'month'],
    ]);
  });
  it('starts with no recorded holder in the anchor month', () => {
    const none = make(inMay());
    expect(history(none, 'chair', { to: '2026-06-01', continued: true }).map((t) => [t.holder.party, t.start, t.startPrecision])).toEqual([
      ['AA', '2025-05-01', 'month'],
      ['BB', '2026-05-01', 'month'],
    ]);
  });
  it('passes check, and the audit takes a handover on any day of the month as on time', () => {
    const fixed = make(inMay(), ['AA', '2025-05-20'], ['BB', '2026-05-12'], ['CC', '2027-04-28']);
    expect(validate(fixed, { today: '2027-05-01' }).filter((d) => d.severity === 'error')).toEqual([]);
    const timing = audit(fixed, 'chair').flatMap((e) => e.departures.filter((d) => d.kind === 'timing').map(() => e.tenure.start));
    expect(timing).toEqual(['2027-04-28']);
  });
  it('describes the rule with its month', () => {
    expect(describeRule(inMay())).toContain('May 2025');
  });
});

describe('handovers known to the month, for any grid of months', () => {
  const grid = fc.record({
    every: fc.constantFrom('P1Y', 'P6M', 'P4M', 'P3M'),
    year: fc.integer({ min: 2020, max: 2060 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  });
  it('gives contiguous periods, each from a month of the grid, uncertain through that month and held by rule after it', () => {
    fc.assert(
      fc.property(grid, ({ every, year, month, day }) => {
        const anchor = `${year}-${String(month).padStart(2, '0')}`;
        const r = make({ ...inMay(every), from: anchor, trigger: { kind: 'calendar', every, anchor } } as Rule, ['AA', `${anchor}-${String(day).padStart(2, '0')}`]);
        const periods = history(r, 'chair', { to: `${year + 6}-01-01`, continued: true });
        for (let i = 1; i < periods.length; i++) {
          const [before, t] = [periods[i - 1]!, periods[i]!];
          expect(before.end).toBe(t.start);
          expect(before.endUncertainUntil).toBe(t.startUncertainUntil);
          expect([t.start.slice(8), t.startPrecision, t.startUncertainUntil, t.basis]).toEqual(['01', 'month', afterLatestDay(t.start.slice(0, 7)), 'rule']);
          const inside = holderOn(r, 'chair', addDays(t.startUncertainUntil!, -1));
          expect(inside.status === 'uncertain' && inside.candidates.map((c) => c.holder.party)).toEqual([before.holder.party, t.holder.party]);
          expect(holderOn(r, 'chair', t.startUncertainUntil!)).toMatchObject({ status: 'held', tenure: { holder: t.holder, basis: 'rule' } });
        }
        expect(periods.length).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 60 },
    );
  });
});
