import { describe, expect, it } from 'vitest';
import { records } from '@turnus/data';
import { affiliationsOf } from './affiliations';

const site = Object.values(records);

describe('affiliationsOf', () => {
  it('gives the OTS-family bodies their affiliation with the OTS', () => {
    for (const id of ['turkpa', 'turksoy', 'turkic-academy', 'turkic-heritage-foundation', 'turkic-investment-fund']) {
      expect(affiliationsOf(records[id]!, site, '2026-11-29').of.map((a) => a.org), id).toEqual(['ots']);
    }
  });
  it('lists them on the OTS side, derived from their records', () => {
    const { of, affiliates } = affiliationsOf(records['ots']!, site, '2026-11-29');
    expect(of).toEqual([]);
    expect(affiliates.map((a) => a.org).sort()).toEqual(['turkic-academy', 'turkic-heritage-foundation', 'turkic-investment-fund', 'turkpa', 'turksoy']);
  });
});
