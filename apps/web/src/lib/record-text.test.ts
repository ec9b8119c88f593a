import { describe, expect, it } from 'vitest';
import { history } from '@turnus/core';
import { ots } from '@turnus/data';
import { setLang } from '../i18n/lang';
import { describeDecision, durationWords, fullName, holderName, organizationNameHistory } from './record-text';

const decision = (id: string) => ots.decisions.find((d) => d.id === id)!;

describe('organizationNameHistory', () => {
  it('lists the founding name, then the 2021 rename', () => {
    const names = organizationNameHistory(ots);
    expect(names.map((n) => [n.names.name, n.from, n.to])).toEqual([
      ['Turkic Council', '2009-10-03', '2021-11-12'],
      ['Organization of Turkic States', '2021-11-12', null],
    ]);
    expect(fullName(names[0]!.names)).toBe('Turkic Council (Cooperation Council of Turkic Speaking States, CCTS)');
  });
});

describe('describeDecision', () => {
  it('names parties as they were on the day', () => {
    expect(describeDecision(ots, decision('handover-chair-2021-tr'))).toMatch(/to Turkey\.$/);
    expect(describeDecision(ots, decision('rename-tr-turkiye-2022'))).toBe('Turkey renamed Türkiye (Republic of Türkiye), with effect from 1 June 2022.');
  });
  it('says how long an extension ran', () => {
    expect(describeDecision(ots, decision('extend-sg-amreyev-2021'))).toBe('The term of Baghdad Amreyev as Secretary-General extended by one year.');
  });
  it('writes Turkish and Russian on pages in those languages', () => {
    setLang('tr');
    try {
      expect(describeDecision(ots, decision('extend-sg-amreyev-2021'))).toMatch(/görev süresi 1 yıl uzatıldı\.$/);
      setLang('ru');
      expect(describeDecision(ots, decision('extend-sg-amreyev-2021'))).toMatch(/продлён на 1 год\.$/);
    } finally {
      setLang('en');
    }
  });
});

describe('holderName', () => {
  it('gives the person for a person-held office', () => {
    expect(history(ots, 'secretary-general').map((t) => holderName(ots, t))).toEqual(['Halil Akıncı', 'Ramil Hasanov', 'Baghdad Amreyev', 'Kubanychbek Omuraliev']);
  });
});

describe('durationWords', () => {
  it('spells ISO durations', () => {
    expect(durationWords('P1Y')).toBe('one year');
    expect(durationWords('P3Y')).toBe('three years');
    expect(durationWords('P1Y6M')).toBe('one year and six months');
  });
  it('uses the plural forms of the page’s language', () => {
    setLang('ru');
    try {
      expect([durationWords('P1Y'), durationWords('P3Y'), durationWords('P5Y')]).toEqual(['1 год', '3 года', '5 лет']);
    } finally {
      setLang('en');
    }
  });
});
