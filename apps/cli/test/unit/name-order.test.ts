import { records } from '@turnus/data';
import { stateOn, type OrganizationRecord } from '@turnus/core';
import { describe, expect, it } from 'vitest';
import { englishNameOrder, nameRanks } from '../../src/render/name-order';

const collator = new Intl.Collator('en');
const embedded = Object.entries(records as Record<string, OrganizationRecord>);

describe('englishNameOrder', () => {
  it.each(embedded)('orders every name of %s as Intl.Collator("en") does, from the ranks the build computes', (_id, record) => {
    const ranks = nameRanks(record);
    const names = Object.keys(ranks);
    expect(names.length).toBeGreaterThan(record.parties.length);
    const order = englishNameOrder(new Map(Object.entries(ranks)));
    // Shuffled the same way each run, then sorted: the same list as the collator's.
    const shuffled = names.map((name, i) => ({ name, key: (i * 7919) % names.length })).sort((a, b) => a.key - b.key).map((x) => x.name);
    const sign = (n: number) => Math.sign(n);
    expect([...shuffled].sort(order)).toEqual([...shuffled].sort(collator.compare));
    for (const a of names.slice(0, 40)) for (const b of names.slice(-40)) expect(sign(order(a, b))).toBe(sign(collator.compare(a, b)));
  });

  it.each(embedded)('gives stateOn the order it has by default, for %s, on days across its history', (_id, record) => {
    const order = englishNameOrder(new Map(Object.entries(nameRanks(record))));
    for (const day of ['1995-01-01', '2009-10-03', '2015-06-01', '2021-11-12', '2026-11-28']) {
      const members = (compareNames?: (a: string, b: string) => number) => stateOn(record, day, { today: '2026-11-28', ...(compareNames ? { compareNames } : {}) }).members.map((m) => m.party);
      expect(members(order)).toEqual(members());
    }
  });

  it('compares names the build did not rank (a record given with --data) with the collator, in one order with the ranked ones', () => {
    const order = englishNameOrder(new Map(Object.entries(nameRanks({ parties: [{ names: { en: { name: 'Türkiye' } } }, { names: { en: { name: 'Uzbekistan' } } }] }))));
    expect(['Uzbekistan', 'Turkmenistan', 'Türkiye', 'Kyrgyzstan', 'Kazakhstan', 'Azerbaijan'].sort(order)).toEqual(['Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Türkiye', 'Turkmenistan', 'Uzbekistan']);
    expect(['b', 'A', 'a'].sort(englishNameOrder(undefined))).toEqual(['a', 'A', 'b']);
  });

  it('ranks every text under a names key, in any language, and names the collator holds equal alike', () => {
    const ranks = nameRanks({ organization: { names: { en: 'Organization of Turkic States', ru: 'Организация тюркских государств' } }, parties: [{ id: 'KZ', names: { en: { name: 'Kazakhstan', official: 'Republic of Kazakhstan' } } }], decisions: [{ type: 'rename', names: { en: { name: 'Qazaqstan' } }, note: 'not a name' }] });
    expect(Object.keys(ranks).sort()).toEqual(['Kazakhstan', 'Organization of Turkic States', 'Qazaqstan', 'Republic of Kazakhstan', 'Организация тюркских государств'].sort());
    const same = nameRanks({ names: { a: 'e\u0301', b: '\u00e9' } });
    expect(same['e\u0301']).toBe(same['\u00e9']);
  });
});
