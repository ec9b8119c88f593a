import { holderOn, stateOn, type Holding } from '@turnus/core';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const thf = records['turkic-heritage-foundation']!;
const held = (h: Holding) => {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
};

describe('the Turkic Culture and Heritage Foundation', () => {
  it('was founded on 23 August 2012 by four states and is seated in Baku', () => {
    expect(thf.organization.founded.date).toBe('2012-08-23');
    expect(thf.organization.headquarters?.[0]).toMatchObject({ city: 'Baku', party: 'AZ' });
    expect(stateOn(thf, '2012-08-23').members.map((s) => s.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR']);
  });

  it('adds Uzbekistan as a member and Turkmenistan as an observer in 2025', () => {
    const s = stateOn(thf, thf.asOf);
    expect(s.members.map((m) => m.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR', 'UZ']);
    expect(s.observers.map((m) => m.party)).toEqual(['TM']);
  });

  it('names Aktoty Raimkulova President from 3 November 2023, after Gunay Afandiyeva', () => {
    expect(held(holderOn(thf, 'president', '2020-01-01')).holder.person).toBe('gunay-afandiyeva');
    expect(held(holderOn(thf, 'president', '2023-11-03'))).toMatchObject({ holder: { person: 'aktoty-raimkulova', party: 'KZ' } });
  });

  it('dates the decision on Uzbekistan\'s accession (Budapest, 21 May 2025) in its admission\'s sources, the admission itself to the year', () => {
    const admit = thf.decisions.find((d) => d.id === 'admit-uz')!;
    expect(admit).toMatchObject({ date: '2025', notAfter: '2026-03-13' });
    expect(admit.sources).toEqual(expect.arrayContaining(['zakon-kz-2025-05-21', 'kabar-2025-05-21']));
  });

  it('records the Council meetings of 2025 (Astana) and 2026 (Bishkek), Raimkulova in office at the latest (13 March 2026)', () => {
    expect(thf.summits.map((m) => [m.id, m.city, m.date])).toEqual([['council-2', 'Astana', '2025-02'], ['council-3', 'Bishkek', '2026-02']]);
    const h = holderOn(thf, 'president', '2026-03-13');
    expect(h.status === 'held' && h.tenure.holder.person).toBe('aktoty-raimkulova');
  });

  it('validates with no errors and no warnings', () => {
    expect(validate(thf, { today: thf.asOf }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
