import { describe, expect, it } from 'vitest';
import { chairOffice, founders, record, state, termOffice } from '../_fixtures';
import { effectiveDay } from '../model/compile';
import type { Decision } from '../schema/decision';
import { describeDecision } from './describe-decision';

const rec = record({
  parties: [
    { ...state('TR', 'Turkey'), names: { en: { name: 'Turkey' }, tr: { name: 'Türkiye' } } },
    state('AZ', 'Azerbaijan'),
    state('HU', 'Hungary'),
  ],
  offices: [{ ...chairOffice(), names: { en: 'Chair', tr: 'Dönem Başkanlığı' } }, termOffice()],
  people: [{ id: 'p', names: { en: 'Kubanychbek Omuraliev', ru: 'Кубанычбек Омуралиев' }, nationality: 'AZ' }],
  decisions: [
    ...founders('2009-10-03', 'TR', 'AZ'),
    { id: 'hand', type: 'handover', office: 'chair', from: 'AZ', to: 'TR', date: '2021-11-12', effective: '2021-11-13' },
    { id: 'appoint', type: 'appoint', office: 'secretary-general', person: 'p', date: '2022-11-11', effective: '2022-11-14', term: 'P3Y' },
    { id: 'extend', type: 'extend', office: 'secretary-general', person: 'p', date: '2025-05-21' },
    { id: 'rename-tr', type: 'rename', party: 'TR', names: { en: { name: 'Türkiye' } }, date: '2022-06-01' },
    { id: 'obs', type: 'observer', party: 'HU', date: '2018-09-03' },
    { id: 'other', type: 'other', title: 'Summit declaration signed.', date: '2024' },
  ],
});
const decision = (id: string): Decision => rec.decisions.find((d) => d.id === id)!;

describe('describeDecision', () => {
  it('says what a handover did, with the day it took effect in words', () => {
    expect(describeDecision(rec, decision('hand'))).toBe('The Chair passed from Azerbaijan to Turkey on 13 November 2021.');
  });
  it('writes dates as ISO dates when asked (the CLI)', () => {
    expect(describeDecision(rec, decision('appoint'), { dates: 'iso' })).toBe('Kubanychbek Omuraliev appointed Secretary-General, taking office on 2022-11-14 for a term of three years.');
  });
  it('names a party as it was the day before a rename took effect', () => {
    expect(describeDecision(rec, decision('rename-tr'))).toBe('Turkey renamed Türkiye.');
  });
  it('writes Turkish and Russian, with offices and people in that language where the record has them', () => {
    expect(describeDecision(rec, decision('hand'), { lang: 'tr' })).toBe('Dönem Başkanlığı Azerbaijan tarafından Türkiye tarafına geçti (13 Kasım 2021).');
    expect(describeDecision(rec, decision('extend'), { lang: 'ru' })).toBe('Срок полномочий (Secretary-General: Кубанычбек Омуралиев) продлён.');
    expect(describeDecision(rec, decision('obs'), { lang: 'tr-TR' })).toBe('Hungary gözlemci statüsü aldı.');
  });
  it('falls back to English for a language it does not have', () => {
    expect(describeDecision(rec, decision('obs'), { lang: 'de' })).toBe('Hungary granted observer status.');
  });
  it('keeps one full stop after a title that already ends its sentence', () => {
    expect(describeDecision(rec, decision('other'))).toBe('Summit declaration signed.');
  });
});

describe('effectiveDay', () => {
  it('is the effective day when a decision has one, else the first day its date can mean', () => {
    expect(effectiveDay(decision('hand'))).toBe('2021-11-13');
    expect(effectiveDay(decision('other'))).toBe('2024-01-01');
  });
});
