import { holderOn, stateOn, type Holding } from '@turnus/core';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const turksoy = records.turksoy!;
const held = (h: Holding) => {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
};

describe('TÜRKSOY', () => {
  it('was founded in Almaty on 12 July 1993 by six states', () => {
    expect(turksoy.organization.founded).toMatchObject({ date: '1993-07-12', place: 'Almaty' });
    expect(stateOn(turksoy, '1993-07-12').members.map((s) => s.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TM', 'TR', 'UZ']);
    expect(turksoy.organization.affiliatedWith?.[0]?.organization).toBe('ots');
  });

  it('names Sultan Raev Secretary-General from 12 April 2022 (elected 31 March), after Dusen Kaseinov', () => {
    expect(held(holderOn(turksoy, 'secretary-general', '2022-04-11')).holder.person).toBe('dusen-kaseinov');
    expect(held(holderOn(turksoy, 'secretary-general', '2022-04-12'))).toMatchObject({ holder: { person: 'sultan-raev', party: 'KG' }, start: '2022-04-12' });
    expect(held(holderOn(turksoy, 'secretary-general', turksoy.asOf)).holder.person).toBe('sultan-raev');
  });

  it('keeps Sultan Raev in office after the inferred term end of 12 April 2025, as pages show him to 23 February 2026', () => {
    const h = held(holderOn(turksoy, 'secretary-general', '2026-02-23'));
    expect(h.holder.person).toBe('sultan-raev');
    const rule = turksoy.offices.find((o) => o.id === 'secretary-general')!.rules[0]!;
    expect(rule).toMatchObject({ kind: 'term', length: 'P3Y', onExpiry: 'holdover', grade: 'inferred' });
    const gap = turksoy.gaps!.find((g) => g.id === 'sg-after-2025')!;
    expect(gap.sources).toEqual(expect.arrayContaining(['turksoy-2025-10-07', 'yenisafak-2025-11-28', 'sondakika-2026-02-23']));
    expect(turksoy.sources.find((s) => s.id === 'sondakika-2026-02-23')!.date).toBe('2026-02-23');
  });

  it('records the 42nd Permanent Council in Aktau on 28 November 2025', () => {
    expect(turksoy.summits.find((m) => m.id === 'permanent-council-42')).toMatchObject({ ordinal: 42, host: 'KZ', city: 'Aktau', date: '2025-11-28', status: 'held' });
  });

  it('validates with no errors and no warnings', () => {
    expect(validate(turksoy, { today: turksoy.asOf }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
