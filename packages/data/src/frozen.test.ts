import { holderOn } from '@turnus/core';
import { describe, expect, it } from 'vitest';
import { catalog, ots, records } from './index';

describe('the embedded records are deeply frozen', () => {
  it('refuses changes at every depth, so later queries always read the record as built', () => {
    const before = holderOn(ots, 'chair', '2021-11-12');
    expect(Object.isFrozen(ots)).toBe(true);
    expect(Object.isFrozen(ots.decisions)).toBe(true);
    expect(Object.isFrozen(ots.decisions[0])).toBe(true);
    expect(Object.isFrozen(ots.organization.names)).toBe(true);
    expect(() => {
      (ots.decisions as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (ots.parties[0] as { id: string }).id = 'XX';
    }).toThrow(TypeError);
    expect(holderOn(ots, 'chair', '2021-11-12')).toEqual(before);
  });
  it('freezes the index of records and the catalog too', () => {
    expect(Object.isFrozen(records)).toBe(true);
    expect(records.ots).toBe(ots);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog[0]!.offices)).toBe(true);
  });
});
