import type { OrganizationRecord } from '@turnus/core';
import { describe, expect, it } from 'vitest';
import { resolveOffice } from '../../src/args/resolve';
import { chairOfficeId, secretaryGeneralOfficeId } from '../../src/args/office-roles';

const rotation = { id: 'r', role: 'stated', kind: 'rotation' } as never;
const term = { id: 't', role: 'stated', kind: 'term' } as never;
const withOffices = (...offices: { id: string; en: string; heldBy: 'party' | 'person'; rules: never[] }[]) =>
  ({ organization: { id: 'x' }, offices: offices.map((o) => ({ id: o.id, names: { en: o.en }, heldBy: o.heldBy, rules: o.rules })) }) as unknown as OrganizationRecord;

const unsc = withOffices({ id: 'president', en: 'Presidency of the Security Council', heldBy: 'party', rules: [rotation] });
const ots = withOffices(
  { id: 'chair', en: 'Chairmanship-in-Office', heldBy: 'party', rules: [rotation] },
  { id: 'cfm-chair', en: 'Chair of the Council of Foreign Ministers', heldBy: 'party', rules: [rotation] },
  { id: 'secretary-general', en: 'Secretary-General', heldBy: 'person', rules: [term] },
);
const academy = withOffices({ id: 'president', en: 'President', heldBy: 'person', rules: [term] });
const other = withOffices({ id: 'head', en: 'Secretary General', heldBy: 'person', rules: [term] });

describe('chairOfficeId', () => {
  it('is the office called chair, else the first party-held rotating office', () => {
    expect(chairOfficeId(ots)).toBe('chair');
    expect(chairOfficeId(unsc)).toBe('president');
    expect(chairOfficeId(academy)).toBeUndefined();
  });
});

describe('secretaryGeneralOfficeId', () => {
  it('is the office called secretary-general, else a person-held office named so', () => {
    expect(secretaryGeneralOfficeId(ots)).toBe('secretary-general');
    expect(secretaryGeneralOfficeId(other)).toBe('head');
    expect(secretaryGeneralOfficeId(unsc)).toBeUndefined();
  });
});

describe('resolveOffice by role', () => {
  it('reads chair as the rotating chair whatever its id, and keeps exact ids first', () => {
    expect(resolveOffice(unsc, 'chair').id).toBe('president');
    expect(resolveOffice(ots, 'chair').id).toBe('chair');
    expect(resolveOffice(other, 'sg').id).toBe('head');
    expect(() => resolveOffice(academy, 'chair')).toThrow(/no office "chair"/);
  });
});

describe('resolveOffice on a record without offices', () => {
  it('says the record has none yet, rather than listing nothing', () => {
    expect(() => resolveOffice(withOffices(), 'chair')).toThrow(expect.objectContaining({ hint: expect.stringMatching(/^The record has no offices yet/) }));
  });
});
