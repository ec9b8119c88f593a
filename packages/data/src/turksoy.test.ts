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

  it('validates with no errors and no warnings', () => {
    expect(validate(turksoy, { today: turksoy.asOf }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
