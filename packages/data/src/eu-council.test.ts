import { holderOn, project, type Holding } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const eu = records['eu-council']!;
const TODAY = eu.asOf;

function held(h: Holding) {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
}

describe('the presidency of the Council of the EU: six months, by schedule', () => {
  const all = audit(eu, 'presidency');
  const practice = all.filter((e) => e.rule === 'cycle-practice');

  it('replays every presidency from Latvia (2015) to Ireland (July 2026) through the observed cycle (score 24/24)', () => {
    const scored = practice.filter((e) => e.expected !== null);
    const hits = scored.filter((e) => e.expected === e.tenure.holder.party);
    expect(`${hits.length}/${scored.length}`).toBe('24/24');
    expect(practice.flatMap((e) => e.departures)).toEqual([]);
  });

  it("names the UK's relinquished turn as the exception that gave Estonia July–December 2017", () => {
    const estonia = practice.find((e) => e.tenure.start === '2017-07-01')!;
    expect(estonia).toMatchObject({ expected: 'EE', applied: ['skip-gb-2017'] });
    // every later slot came six months earlier than in the order of 2007
    expect(held(holderOn(eu, 'presidency', '2018-03-01')).holder.party).toBe('BG');
    expect(held(holderOn(eu, 'presidency', '2020-03-01')).holder.party).toBe('HR');
  });

  it('matches the order of 2007 while it was in force, aligned by slot from its 2007 start (score 6/6)', () => {
    const stated = all.filter((e) => e.rule === 'order-2007');
    expect(stated.map((e) => `${e.tenure.holder.party}=${e.expected}`)).toEqual(['IT=IT', 'LV=LV', 'LU=LU', 'NL=NL', 'SK=SK', 'MT=MT']);
    expect(stated.flatMap((e) => e.departures.filter((d) => d.kind !== 'timing'))).toEqual([]);
  });

  // The 2016 schedule takes effect mid-record: its replay is seeded by the last presidency before
  // its `from` (Malta, January 2017), and it starts at its first entry.
  it('matches the order of 2016 from Estonia (2017) to Ireland (July 2026) (score 19/19)', () => {
    const stated = all.filter((e) => e.rule === 'order-2016');
    expect(stated).toHaveLength(19);
    expect(stated.every((e) => e.expected === e.tenure.holder.party)).toBe(true);
  });

  it('records Ireland from 1 July 2026, taking over from Cyprus', () => {
    expect(held(holderOn(eu, 'presidency', '2026-06-30')).holder.party).toBe('CY');
    expect(held(holderOn(eu, 'presidency', '2026-12-07'))).toMatchObject({ start: '2026-07-01', end: '2027-01-01', basis: 'recorded', holder: { party: 'IE' } });
  });

  it('projects Lithuania, Greece, Italy and Latvia next (the decided order), each certain by rule', () => {
    const next = project(eu, 'presidency', { today: TODAY, count: 4 });
    expect(next.map((t) => [t.start, t.holder.party])).toEqual([
      ['2027-01-01', 'LT'],
      ['2027-07-01', 'GR'],
      ['2028-01-01', 'IT'],
      ['2028-07-01', 'LV'],
    ]);
    expect(next.every((t) => t.basis === 'rule')).toBe(true);
  });

  it('projects Malta last in the decided order (July–December 2030) and only a guess from 2031 (gap order-2031)', () => {
    const next = project(eu, 'presidency', { today: TODAY, count: 10 });
    expect(next[7]).toMatchObject({ start: '2030-07-01', holder: { party: 'MT' } });
    expect((eu.gaps ?? []).find((g) => g.id === 'order-2031')).toMatchObject({ from: '2031-01-01' });
  });

  it('validates with no errors and no warnings', () => {
    expect(validate(eu, { today: TODAY }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('trios', () => {
  it('records the trios as groups of consecutive presidencies, which validation checks', () => {
    const office = eu.offices.find((o) => o.id === 'presidency')!;
    expect(office.groups?.map((g) => [g.id, g.parties.join('-')])).toEqual([
      ['trio-es-be-hu', 'ES-BE-HU'],
      ['trio-pl-dk-cy', 'PL-DK-CY'],
    ]);
    expect(validate(eu, { today: TODAY }).filter((d) => d.code === 'GROUP_MISMATCH')).toEqual([]);
  });
});
