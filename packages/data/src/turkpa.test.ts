import { holderOn, organizationName, project, stateOn, type Holding } from '@turnus/core';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const turkpa = records.turkpa!;
const TODAY = turkpa.asOf;

function held(h: Holding) {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
}

describe('TURKPA: the Parliamentary Assembly of Turkic States', () => {
  it('has four founding members (Istanbul, 21 November 2008) and Hungary and the TRNC as observers', () => {
    const founding = stateOn(turkpa, '2008-11-21');
    expect(founding.members.map((s) => s.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR']);
    const now = stateOn(turkpa, TODAY);
    expect(now.members.map((s) => s.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR']);
    expect(now.observers.map((s) => s.party).sort()).toEqual(['HU', 'trnc']);
    expect(stateOn(turkpa, '2023-04-27').observers.map((s) => s.party)).toEqual(['HU']);
  });

  it('was renamed the Parliamentary Assembly of Turkic States at the 11th plenary (24 June 2022)', () => {
    expect(organizationName(turkpa, '2022-06-23').official).toBe('Parliamentary Assembly of Turkic-Speaking Countries');
    expect(organizationName(turkpa, '2022-06-24').official).toBe('Parliamentary Assembly of Turkic States');
  });

  it('names Ramil Hasan Secretary-General from 15 October 2025 (elected 12 June 2025), after Mehmet Süreyya Er', () => {
    expect(held(holderOn(turkpa, 'secretary-general', '2025-10-14')).holder.person).toBe('mehmet-sureyya-er');
    const hasan = held(holderOn(turkpa, 'secretary-general', '2025-10-15'));
    expect(hasan).toMatchObject({ holder: { person: 'ramil-hasanov', party: 'AZ' }, start: '2025-10-15', termEnd: '2029-10-15' });
    // The same person held the post from 2009 to 2013.
    expect(held(holderOn(turkpa, 'secretary-general', '2012-01-01')).holder.person).toBe('ramil-hasanov');
    expect(held(holderOn(turkpa, 'secretary-general', '2013-10-01')).holder.person).toBe('zhandos-asanov');
  });

  it('records the name forms of the Secretary-General before and since 2025, each with its sources', () => {
    const hasan = turkpa.people.find((p) => p.id === 'ramil-hasanov')!;
    expect(hasan.names).toMatchObject({ en: 'Ramil Hasanov', ru: 'Рамиль Гасанов', az: 'Ramil Həsən', tr: 'Ramil Hasan' });
    expect(hasan.transliterations).toEqual(expect.arrayContaining(['Ramil Hasan', 'Рамиль Гасан', 'Рамил Хасан']));
    const forms = hasan.career!.find((c) => c.text.startsWith('Name forms'))!;
    expect(forms.sources).toEqual(expect.arrayContaining(['onenews-2012-06-12', 'turkicstates-2014-12-29', 'report-az-2025-10-15', 'report-ru-2026-01-16']));
    for (const id of forms.sources!) expect(turkpa.sources.some((s) => s.id === id)).toBe(true);
  });

  it('passes the chairmanship in English alphabetical order at each plenary: Kazakhstan since 12 June 2025, Kyrgyzstan next', () => {
    expect(held(holderOn(turkpa, 'chair', '2023-04-28')).holder.party).toBe('TR');
    expect(held(holderOn(turkpa, 'chair', '2024-06-06')).holder.party).toBe('AZ');
    expect(held(holderOn(turkpa, 'chair', '2025-06-12')).holder.party).toBe('KZ');
    const next = project(turkpa, 'chair', { today: TODAY, count: 1 });
    expect(next.map((t) => t.holder.party)).toEqual(['KG']);
  });

  it('validates with no errors and no warnings', () => {
    expect(validate(turkpa, { today: TODAY }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
