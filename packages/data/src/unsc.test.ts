import { holderOn, project, stateOn, type Holding } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const unsc = records.unsc!;
const TODAY = unsc.asOf;

function held(h: Holding) {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
}

describe('the UN Security Council presidency: replayed through rule 18', () => {
  const entries = audit(unsc, 'president').filter((e) => e.rule === 'rule-18');
  const scored = entries.filter((e) => e.expected !== null);

  it('matches every recorded month after the first (score 44/44)', () => {
    const hits = scored.filter((e) => e.expected === e.tenure.holder.party);
    expect(entries).toHaveLength(45);
    expect(`${hits.length}/${scored.length}`).toBe('44/44');
    expect(entries.flatMap((e) => e.departures)).toEqual([]);
  });

  it('continues from a holder that has left: India (December 2022, off the Council on 1 January) → Japan', () => {
    expect(stateOn(unsc, '2023-01-01').members.map((m) => m.party)).not.toContain('IN');
    const jan = entries.find((e) => e.tenure.start === '2023-01-01')!;
    expect(jan).toMatchObject({ expected: 'JP', tenure: { holder: { party: 'JP' } } });
    const jan26 = entries.find((e) => e.tenure.start === '2026-01-01')!;
    expect(jan26).toMatchObject({ expected: 'SO' }); // after Slovenia, which left on 31 December 2025
  });

  it('files the Republic of Korea under R (June 2024, between Mozambique and the Russian Federation)', () => {
    expect(['2024-05-15', '2024-06-15', '2024-07-15'].map((d) => held(holderOn(unsc, 'president', d)).holder.party)).toEqual(['MZ', 'KR', 'RU']);
  });

  it('changes membership every 1 January', () => {
    const members = (d: string) => stateOn(unsc, d).members.map((m) => m.party).sort();
    expect(members('2025-12-31')).toContain('SI');
    expect(members('2026-01-01')).not.toContain('SI');
    expect(members('2026-01-01')).toEqual(expect.arrayContaining(['BH', 'CO', 'CD', 'LV', 'LR']));
    expect(members('2026-01-01')).toHaveLength(15);
  });

  it('records the 2026 presidencies the pages name, February to August (United Kingdom to Denmark)', () => {
    const on = (d: string) => held(holderOn(unsc, 'president', d));
    expect(['2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15', '2026-07-15', '2026-08-15'].map((d) => on(d).holder.party)).toEqual(['GB', 'US', 'BH', 'CN', 'CO', 'CD', 'DK']);
    expect(on('2026-08-31')).toMatchObject({ start: '2026-08-01', end: '2026-09-01', basis: 'recorded' });
  });

  it('projects September to December 2026 in English alphabetical order of the 2026 members: France, Greece, Latvia (as Latvia announced), Liberia', () => {
    const next = project(unsc, 'president', { today: '2026-08-15', count: 4 });
    expect(next.map((t) => t.holder.party)).toEqual(['FR', 'GR', 'LV', 'LR']);
    expect(next[0]).toMatchObject({ start: '2026-09-01', end: '2026-10-01', basis: 'rule', rule: 'rule-18', reason: { code: 'calendar-rule' } });
    expect(held(holderOn(unsc, 'president', '2026-12-07')).holder.party).toBe('LR');
  });

  it('replaces the 2025–2026 cohort with the five members elected on 3 June 2026, from 1 January 2027', () => {
    const members = (d: string) => stateOn(unsc, d).members.map((m) => m.party).sort();
    expect(members('2026-12-31')).toEqual(expect.arrayContaining(['DK', 'GR', 'PK', 'PA', 'SO']));
    expect(members('2026-12-31')).not.toContain('KG');
    expect(members('2027-01-01')).toEqual(['AT', 'BH', 'CD', 'CN', 'CO', 'FR', 'GB', 'KG', 'LR', 'LV', 'PT', 'RU', 'TT', 'US', 'ZW']);
  });

  it('gives every month of 2027 for certain, in English alphabetical order of the 2027 members, going on from Liberia', () => {
    const next = project(unsc, 'president', { today: '2026-12-07', count: 13 });
    expect(next.map((t) => t.holder.party)).toEqual(['LR', 'PT', 'RU', 'TT', 'GB', 'US', 'ZW', 'AT', 'BH', 'CN', 'CO', 'CD', 'FR']);
    expect(next.every((t) => t.basis === 'rule' && t.reason?.code === 'calendar-rule')).toBe(true);
  });

  it('does not know 2028 (the members elected in June 2027 are not recorded)', () => {
    const [jan28] = project(unsc, 'president', { today: '2027-12-15', count: 2 }).slice(1);
    expect(jan28).toMatchObject({ start: '2028-01-01' });
    expect(jan28!.basis).toBe('projected');
  });

  it('validates with no errors and no warnings', () => {
    const diagnostics = validate(unsc, { today: TODAY }).filter((d) => d.severity !== 'info');
    expect(diagnostics).toEqual([]);
  });
});
