import { holderOn, stateOn, type Holding } from '@turnus/core';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const academy = records['turkic-academy']!;
const held = (h: Holding) => {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
};

describe('the Turkic Academy', () => {
  it('has four members (2012 Agreement) and Hungary (2018) and Uzbekistan (2022) as observers', () => {
    const s = stateOn(academy, academy.asOf);
    expect(s.members.map((m) => m.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR']);
    expect(s.observers.map((m) => m.party).sort()).toEqual(['HU', 'UZ']);
    expect(stateOn(academy, '2022-06-23').observers.map((m) => m.party)).toEqual(['HU']);
  });

  it('names Shahin Mustafayev President from 11 November 2022, after Darkhan Kydyrali', () => {
    expect(held(holderOn(academy, 'president', '2020-01-01')).holder.person).toBe('darkhan-kydyrali');
    expect(held(holderOn(academy, 'president', '2022-11-11'))).toMatchObject({ holder: { person: 'shahin-mustafayev', party: 'AZ' }, start: '2022-11-11' });
  });

  it('shows Mustafayev in office to 15 October 2025, the latest page, and does not guess who holds the post after his inferred term (11 November 2026)', () => {
    expect(held(holderOn(academy, 'president', '2025-10-15')).holder.person).toBe('shahin-mustafayev');
    expect(holderOn(academy, 'president', '2026-12-08').status).toBe('uncertain');
    expect(academy.gaps!.find((g) => g.id === 'president-after-2026')!.sources).toEqual(expect.arrayContaining(['ensonhaber-2025-10-15']));
    expect(academy.sources.find((s) => s.id === 'ensonhaber-2025-10-15')).toMatchObject({ date: '2025-10-15', language: 'tr' });
  });

  it('records the disputed founding date and keeps 25 May 2010', () => {
    expect(academy.organization.founded.date).toBe('2010-05-25');
    expect(academy.disputes?.find((d) => d.id === 'founding-date')?.adopted).toBe('2010-05-25');
  });

  it('validates with no errors and no warnings', () => {
    expect(validate(academy, { today: academy.asOf }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
