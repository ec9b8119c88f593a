import { describe, expect, it } from 'vitest';
import { founders, record, state } from '../_fixtures';
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
