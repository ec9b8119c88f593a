import { partyDisplayName, stateOn } from '@turnus/core';
import { ots, records } from '@turnus/data';
import { describe, expect, it } from 'vitest';
import { countryFeature, memberMap } from './world-map';

describe('memberMap', () => {
  it('draws every member and observer state of the OTS, Türkiye and Northern Cyprus included', () => {
    const state = stateOn(ots, '2026-11-28', { today: '2026-11-28' });
    const parties = [...state.members.map((s) => ({ ...s, status: 'member' as const })), ...state.observers.map((s) => ({ ...s, status: 'observer' as const }))]
      .filter((s) => ots.parties.find((p) => p.id === s.party)?.kind !== 'organization')
      .map((s) => ({ party: s.party, name: partyDisplayName(ots, s.party, '2026-11-28'), status: s.status }));
    const map = memberMap(parties);
    expect(map.missing).toEqual([]);
    expect(map.shapes.filter((s) => s.status === 'member').map((s) => s.party).sort()).toEqual(state.members.map((s) => s.party).sort());
  });
  it('finds the states of every record by name, bar the few too small for the scale', () => {
    const today = '2026-11-28';
    const states = Object.values(records).flatMap((r) => r.parties.filter((p) => p.kind === 'state').map((p) => partyDisplayName(r, p.id, today)));
    const missing = [...new Set(states.filter((n) => !countryFeature(n)))];
    expect(missing.length).toBeLessThanOrEqual(3);
  });
});
