import { holderOn, stateOn, type Holding } from '@turnus/core';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const tif = records['turkic-investment-fund']!;
const held = (h: Holding) => {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
};

describe('the Turkic Investment Fund', () => {
  it('has five founding members and Istanbul as its seat', () => {
    expect(stateOn(tif, tif.asOf).members.map((m) => m.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR', 'UZ']);
    expect(tif.organization.headquarters?.[0]).toMatchObject({ city: 'Istanbul', party: 'TR' });
  });

  it('names Baghdad Amreyev President from 11 November 2022, for a non-renewable four-year term', () => {
    expect(held(holderOn(tif, 'president', '2025-12-01'))).toMatchObject({
      holder: { person: 'baghdad-amreyev', party: 'KZ' },
      start: '2022-11-11',
      termEnd: '2026-11-11',
    });
  });

  it('records the disputed founding date and the disputed status of Hungary and Turkmenistan', () => {
    expect(tif.disputes?.map((d) => d.id)).toEqual(['founding-date', 'hungary-turkmenistan-status']);
  });

  it('shows Amreyev in office on 26 January 2026, the latest page, and no successor after his four years', () => {
    const h = holderOn(tif, 'president', '2026-01-26');
    expect(h.status === 'held' && h.tenure.holder.person).toBe('baghdad-amreyev');
    expect(holderOn(tif, 'president', '2026-12-08').status).toBe('uncertain');
    expect(tif.gaps!.find((g) => g.id === 'president-term-start')!.sources).toContain('report-ru-2026-01-26');
  });

  it('validates with no errors and no warnings', () => {
    expect(validate(tif, { today: tif.asOf }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
