import { history, holderOn, organizationName, partyDisplayName, project, stateOn, type Holding } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { ots, records } from './index';

function held(h: Holding) {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
}

describe('the OTS record: the seed article\'s facts, through the public API', () => {
  it('has Kubanychbek Omuraliyev (Kyrgyzstan) as Secretary-General on 1 December 2022, appointed at the 9th summit for three years', () => {
    const t = held(holderOn(ots, 'secretary-general', '2022-12-01'));
    expect(t.holder).toEqual({ person: 'kubanychbek-omuraliev', party: 'KG' });
    const appointment = ots.decisions.find((d) => d.id === t.decisions[0]);
    expect(appointment).toMatchObject({ type: 'appoint', date: '2022-11-11', summit: 'ots-9-samarkand-2022' });
    expect(t.termEnd).toBe('2025-11-11');
    const person = ots.people.find((p) => p.id === 'kubanychbek-omuraliev')!;
    expect(person.transliterations).toContain('Kubanychbek Omuraliyev');
  });

  it('lists his predecessors Akıncı (Türkiye), Hasan (Azerbaijan) and Amreyev (Kazakhstan), in that order', () => {
    const sg = history(ots, 'secretary-general');
    expect(sg.map((t) => [t.holder.person, t.holder.party])).toEqual([
      ['halil-akinci', 'TR'],
      ['ramil-hasanov', 'AZ'],
      ['baghdad-amreyev', 'KZ'],
      ['kubanychbek-omuraliev', 'KG'],
    ]);
  });

  it('records the one-year extension of Amreyev\'s three-year term in 2021', () => {
    const amreyev = history(ots, 'secretary-general').find((t) => t.holder.person === 'baghdad-amreyev')!;
    expect(amreyev.start).toBe('2018-09-03');
    expect(amreyev.termEnd).toBe('2022-09-03');
    expect(amreyev.decisions.map((id) => ots.decisions.find((d) => d.id === id)?.type)).toContain('extend');
  });

  it('passes the chair from Azerbaijan to Türkiye at the 8th summit (Istanbul, 12 November 2021)', () => {
    expect(held(holderOn(ots, 'chair', '2021-11-11')).holder.party).toBe('AZ');
    const t = held(holderOn(ots, 'chair', '2021-11-12'));
    expect(t.holder.party).toBe('TR');
    const handover = ots.decisions.find((d) => d.id === t.decisions[0]);
    expect(handover).toMatchObject({ type: 'handover', from: 'AZ', to: 'TR', summit: 'ots-8-istanbul-2021' });
    const summit = ots.summits.find((s) => s.id === 'ots-8-istanbul-2021')!;
    expect(summit).toMatchObject({ ordinal: 8, kind: 'ordinary', host: 'TR', city: 'Istanbul', date: '2021-11-12' });
  });

  it('renames the organization on 12 November 2021', () => {
    expect(organizationName(ots, '2021-11-11').official).toBe('Cooperation Council of Turkic Speaking States');
    expect(organizationName(ots, '2021-11-12').official ?? organizationName(ots, '2021-11-12').name).toBe('Organization of Turkic States');
  });

  it('makes Turkmenistan an observer at the 8th summit', () => {
    expect(stateOn(ots, '2021-11-11').observers.map((o) => o.party)).not.toContain('TM');
    expect(stateOn(ots, '2021-11-12').observers.map((o) => o.party)).toContain('TM');
    expect(stateOn(ots, '2021-11-12').members.map((o) => o.party)).not.toContain('TM');
  });

  it('opens the 9th summit in Samarkand on 11 November 2022', () => {
    expect(ots.summits.find((s) => s.id === 'ots-9-samarkand-2022')).toMatchObject({ ordinal: 9, city: 'Samarkand', host: 'UZ', date: '2022-11-11', status: 'held' });
  });

  it('was founded at the Nakhchivan summit in 2009', () => {
    expect(ots.organization.founded).toMatchObject({ date: '2009-10-03', place: 'Nakhchivan' });
    const founding = ots.summits.find((s) => s.id === ots.organization.founded.summit)!;
    expect(founding).toMatchObject({ city: 'Nakhchivan', date: '2009-10-02' });
    expect(stateOn(ots, '2009-10-03').members.map((m) => m.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR']);
  });
});

describe('the OTS record: other sourced facts', () => {
  it('renames Turkey to Türkiye on 1 June 2022', () => {
    expect(partyDisplayName(ots, 'TR', '2022-05-31')).toBe('Turkey');
    expect(partyDisplayName(ots, 'TR', '2022-06-01')).toBe('Türkiye');
  });
  it('admits Uzbekistan on 15 October 2019', () => {
    expect(stateOn(ots, '2019-10-14').members.map((m) => m.party)).not.toContain('UZ');
    expect(stateOn(ots, '2019-10-15').members.find((m) => m.party === 'UZ')).toMatchObject({ since: '2019-10-15' });
  });
  it('does not know the day Hasanov succeeded Akıncı in 2014, and says so', () => {
    expect(holderOn(ots, 'secretary-general', '2014-06-01').status).toBe('uncertain');
    expect(held(holderOn(ots, 'secretary-general', '2014-12-11')).holder.person).toBe('ramil-hasanov');
    expect(ots.gaps?.some((g) => g.office === 'secretary-general' && g.from?.startsWith('2014'))).toBe(true);
  });
  it('holds thirteen chairmanship periods, each starting at an ordinary summit hosted by the new chair', () => {
    const chairs = history(ots, 'chair');
    expect(chairs.map((t) => t.holder.party)).toEqual(['TR', 'KZ', 'KG', 'AZ', 'TR', 'KZ', 'KG', 'AZ', 'TR', 'UZ', 'KZ', 'KG', 'AZ']);
    const practice = audit(ots, 'chair').filter((e) => e.role === 'practice');
    expect(practice.flatMap((e) => e.departures)).toEqual([]);
  });
  it('shows where practice departs from the stated rule (English alphabetical order)', () => {
    const stated = audit(ots, 'chair').filter((e) => e.role === 'stated' && e.departures.some((d) => d.kind === 'holder'));
    expect(stated.map((e) => `${e.tenure.start} ${e.tenure.holder.party} (order: ${e.expected})`)).toEqual([
      '2011-10-21 KZ (order: AZ)',
      '2013-08-16 AZ (order: TR)',
      '2014-06-05 TR (order: KZ)',
      '2015-09-11 KZ (order: AZ)',
      '2019-10-15 AZ (order: TR)',
      '2021-11-12 TR (order: KZ)',
      '2023-11-03 KZ (order: AZ)',
      '2025-10-07 AZ (order: TR)',
    ]);
  });
  it('projects the next chairs by the practice: Türkiye, Uzbekistan, Kazakhstan', () => {
    const next = project(ots, 'chair', { today: '2026-11-28', count: 3 });
    expect(next.map((t) => t.holder.party)).toEqual(['TR', 'UZ', 'KZ']);
    expect(next.every((t) => t.basis === 'projected' && t.rule === 'chair-practice')).toBe(true);
  });
  it('projects the next Secretary-General\'s nationality by the practice, overdue since November 2025', () => {
    const [next] = project(ots, 'secretary-general', { today: '2026-11-28', count: 1 });
    expect(next).toMatchObject({ holder: { party: 'TR', person: null }, start: '2025-11-11', overdue: true, rule: 'sg-practice' });
  });
  it('maps ids to records', () => {
    expect(records.ots).toBe(ots);
  });
});

describe('the OTS record validates', () => {
  it('with no errors', () => {
    const errors = validate(ots, { today: '2026-11-28' }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });
  it('with exactly the warnings explained in packages/data/README.md', () => {
    const warnings = validate(ots, { today: '2026-11-28' }).filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => `${d.code} ${d.message}`)).toMatchSnapshot();
  });
});
