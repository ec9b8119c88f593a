import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chairOffice, founders, record, state } from '../_fixtures';
import { compile } from '../model/compile';
import type { RotationOrder } from '../schema/rule';
import { nextInOrder, orderedParties } from './order';

describe('alphabetical order', () => {
  const parties = [
    state('KR', 'Republic of Korea', 'Korea, Republic of'),
    state('TR', 'Türkiye'),
    state('UA', 'Ukraine'),
    state('TN', 'Tunisia'),
  ];
  const rec = record({ parties, decisions: founders('2000-01-01', 'KR', 'TR', 'UA', 'TN') });
  const model = compile(rec);
  it('files by sort name and collates accents at base strength', () => {
    expect(orderedParties(model, { kind: 'alphabetical', language: 'en' }, '2001-01-01')).toEqual(['KR', 'TN', 'TR', 'UA']);
  });
  it('files under the name itself when the organization gives no sort name', () => {
    const plain = compile(record({ parties: [state('KR', 'Republic of Korea'), state('TR', 'Türkiye'), state('SE', 'Sweden')], decisions: founders('2000-01-01', 'KR', 'TR', 'SE') }));
    expect(orderedParties(plain, { kind: 'alphabetical', language: 'en' }, '2001-01-01')).toEqual(['KR', 'SE', 'TR']);
  });
});

describe('continuation across roster changes', () => {
  const parties = [state('AT', 'Austria'), state('BE', 'Belgium'), state('CY', 'Cyprus'), state('DK', 'Denmark')];
  const rec = record({
    parties,
    decisions: [...founders('2000-01-01', 'AT', 'BE', 'CY', 'DK'), { type: 'withdraw', party: 'BE', date: '2005-01-01' }],
  });
  const model = compile(rec);
  const order = { kind: 'alphabetical', language: 'en' } as const;
  it('goes on after a holder that has left, by its name', () => {
    expect(nextInOrder(model, order, '2005-02-01', { party: 'BE', index: -1 })?.party).toBe('CY');
  });
  it('wraps to the top after the last name', () => {
    expect(nextInOrder(model, order, '2005-02-01', { party: 'DK', index: -1 })?.party).toBe('AT');
  });
  it('passes over a withdrawn member in a declared cycle', () => {
    expect(nextInOrder(model, { kind: 'cycle', parties: ['DK', 'BE', 'AT'] }, '2006-01-01', { party: 'DK', index: -1 })?.party).toBe('AT');
  });
  it('ends a fixed schedule when it runs out', () => {
    const fixed: RotationOrder = { kind: 'fixed', parties: ['AT', 'CY'] };
    expect(nextInOrder(model, fixed, '2006-01-01', { party: 'AT', index: 0 })?.party).toBe('CY');
    expect(nextInOrder(model, fixed, '2006-01-01', { party: 'CY', index: 1 })).toBeUndefined();
  });
});

describe('the party after a holder', () => {
  // A span answers "who comes after" from the place after the last one found, by a scan on a
  // miss, and by a map of places once it has missed often: all three must give the next party.
  const ids = Array.from({ length: 60 }, (_, i) => `P${String.fromCharCode(65 + (i % 26))}${i}`.toLowerCase().replace(/^p/, 'p-'));
  const parties = ids.map((id, i) => ({ ...state('AA', `Party ${String(i).padStart(2, '0')}`), id }));
  const order = { kind: 'alphabetical', language: 'en' } as const;
  it('is the next in the order whatever the sequence of questions', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(59), fc.constant(-1)), { minLength: 1, maxLength: 120, size: 'max' }), (asked) => {
        const model = compile(record({ parties, decisions: founders('2000-01-01', ...ids) }));
        const sequence = orderedParties(model, order, '2001-01-01');
        let previous = sequence[0]!;
        for (const k of asked) {
          // -1: the holder the last answer gave (a rotation in order); else any party.
          const party = k < 0 ? previous : sequence[k]!;
          const next = nextInOrder(model, order, '2001-01-01', { party, index: -1 })!.party!;
          expect(next).toBe(sequence[(sequence.indexOf(party) + 1) % sequence.length]);
          previous = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('alphabetical orders of several rules', () => {
  // Orders that file parties alike share their spans within a model, among the same eligible
  // parties only: each rule's order must give what it gives alone, whatever was asked before.
  const ids = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF'];
  const parties = ids.map((id, i) => state(id, `Party ${String.fromCharCode(70 - i)}`));
  const eligible = fc.constantFrom<'members' | 'founding-members' | { parties: string[] } | undefined>('members', 'founding-members', { parties: ['AA', 'CC', 'EE'] }, undefined);
  it('gives each rule the order it gives alone', () => {
    fc.assert(
      fc.property(fc.array(eligible, { minLength: 2, maxLength: 4 }), fc.array(fc.tuple(fc.constantFrom(...ids.slice(3)), fc.integer({ min: 1, max: 30 })), { maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 8 }), (rules, joins, days) => {
        const orders = rules.map((e) => ({ order: { kind: 'alphabetical' as const, language: 'en' }, e }));
        const offices = orders.map(({ order, e }, k) => chairOffice({ id: `r${k}`, role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'calendar', every: 'P1Y', anchor: '2000-01-01' }, order, ...(e ? { eligible: e } : {}), sources: ['s'] } as never));
        const decisions = [...founders('2000-01-01', 'AA', 'BB', 'CC'), ...joins.map(([party, year]) => ({ type: 'admit' as const, party, date: `${2000 + year}-06-01` }))];
        const all = compile(record({ parties, offices: offices.map((o, k) => ({ ...o, id: `o${k}` })), decisions }));
        for (const day of days) {
          const date = `${2000 + day}-07-01`;
          orders.forEach((_, k) => {
            const rule = all.offices.get(`o${k}`)!.rules[0]! as { order: RotationOrder };
            const alone = compile(record({ parties, offices: [{ ...offices[k]!, id: `o${k}` }], decisions }));
            const aloneOrder = (alone.offices.get(`o${k}`)!.rules[0]! as { order: RotationOrder }).order;
            expect(orderedParties(all, rule.order, date), `rule ${k} on ${date}`).toEqual(orderedParties(alone, aloneOrder, date));
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
