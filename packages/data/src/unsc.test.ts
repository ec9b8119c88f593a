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

  it('matches every recorded month after the first (score 37/37)', () => {
    const hits = scored.filter((e) => e.expected === e.tenure.holder.party);
    expect(entries).toHaveLength(38);
    expect(`${hits.length}/${scored.length}`).toBe('37/37');
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

  it('projects the rest of 2026 in English alphabetical order of the 2026 members', () => {
    const next = project(unsc, 'president', { today: TODAY, count: 11 });
    expect(next.map((t) => t.holder.party)).toEqual(['GB', 'US', 'BH', 'CN', 'CO', 'CD', 'DK', 'FR', 'GR', 'LV', 'LR']);
    expect(next[0]).toMatchObject({ start: '2026-02-01', end: '2026-03-01', basis: 'rule', rule: 'rule-18', reason: { code: 'calendar-rule' } });
  });

  it('validates with no errors and no warnings', () => {
    const diagnostics = validate(unsc, { today: TODAY }).filter((d) => d.severity !== 'info');
    expect(diagnostics).toEqual([]);
  });
});
