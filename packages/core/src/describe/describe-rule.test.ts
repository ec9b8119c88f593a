import { describe, expect, it } from 'vitest';
import { founders, record, state } from '../_fixtures';
import type { Rule } from '../schema/rule';
import { describeDuration, describeRule } from './describe-rule';

describe('describeRule', () => {
  it('describes a monthly alphabetical presidency', () => {
    const rule: Rule = { id: 'r', role: 'stated', kind: 'rotation', from: '2024-01-01', trigger: { kind: 'calendar', every: 'P1M', anchor: '2024-01-01' }, order: { kind: 'alphabetical', language: 'en' }, eligible: 'members' };
    expect(describeRule(rule, { office: 'The presidency' })).toBe(
      "The presidency rotates monthly in English alphabetical order of the members' names, on a calendar starting 1 January 2024, from 1 January 2024; only full members take a turn, never observers or suspended members.",
    );
  });
  it('describes a summit rotation in a cycle, naming the parties', () => {
    const rec = record({ parties: [state('KZ', 'Kazakhstan'), state('KG', 'Kyrgyzstan')], decisions: founders('2000-01-01', 'KZ', 'KG') });
    const rule: Rule = { id: 'p', role: 'practice', kind: 'rotation', from: '2010-09-16', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['KZ', 'KG'] } };
    expect(describeRule(rule, { office: 'The chairmanship', record: rec })).toBe(
      'The chairmanship passes at each ordinary summit to its host, who holds it until the next one (summits are expected every year); hosts take their turns in the repeating cycle Kazakhstan → Kyrgyzstan, from 16 September 2010.',
    );
  });
  it('describes a six-month fixed schedule', () => {
    const rule: Rule = { id: 'f', role: 'stated', kind: 'rotation', from: '2007-01-01', trigger: { kind: 'calendar', every: 'P6M', anchor: '2007-01-01' }, order: { kind: 'fixed', parties: ['DE', 'PT', 'SI'] } };
    expect(describeRule(rule)).toContain('rotates every six months following a fixed schedule set by decision (DE, PT, SI)');
  });
  it('describes a single three-year term from 1 January with a nationality rotation', () => {
    const rule: Rule = { id: 't', role: 'stated', kind: 'term', from: '2000', length: 'P3Y', start: 'fixed-date', fixedDate: '01-01', renewals: 0, extensible: false, nationality: { order: { kind: 'alphabetical', language: 'fr' }, noConsecutiveSame: true } };
    expect(describeRule(rule, { office: 'The Secretary-General' })).toBe(
      "The Secretary-General serves a term of three years, starting on the next 1 January after taking office, with no renewal, from 2000; the term cannot be extended; the holder's nationality rotates in French alphabetical order of the member states' names, never the same nationality twice in a row.",
    );
  });
  it('spells durations', () => {
    expect(describeDuration({ years: 1, months: 6, weeks: 0, days: 0 })).toBe('one year and six months');
    expect(describeDuration({ years: 0, months: 0, weeks: 0, days: 45 })).toBe('45 days');
  });
  it('writes the sentence in Turkish and Russian, with the parties named in that language', () => {
    const rec = record({ parties: [state('KZ', 'Kazakhstan'), state('KG', 'Kyrgyzstan')], decisions: founders('2000-01-01', 'KZ', 'KG') });
    const rule: Rule = { id: 'p', role: 'practice', kind: 'rotation', from: '2010-09-16', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['KZ', 'KG'] } };
    const tr = describeRule(rule, { lang: 'tr', office: 'Dönem Başkanlığı', record: rec });
    expect(tr).toContain('her olağan zirvede ev sahibi ülkeye geçer');
    expect(tr).toContain('16 Eylül 2010 tarihinden itibaren');
    const ru = describeRule(rule, { lang: 'ru', office: 'Председательство', record: rec });
    expect(ru).toContain('на каждом очередном саммите');
    expect(ru).toContain('ежегодно');
    expect(ru).toContain('с 16 сентября 2010');
  });
  it('spells terms with the plural forms of each language, and falls back to English', () => {
    const rule: Rule = { id: 't', role: 'stated', kind: 'term', from: '2000', length: 'P3Y', start: 'fixed-date', fixedDate: '01-01', renewals: 0, extensible: false };
    expect(describeRule(rule, { lang: 'ru' })).toContain('3 года');
    expect(describeRule(rule, { lang: 'ru' })).toContain('1 января');
    expect(describeRule(rule, { lang: 'tr' })).toContain('3 yıl süreyle');
    expect(describeRule(rule, { lang: 'fr' })).toBe(describeRule(rule));
    expect(describeDuration({ years: 5, months: 0, weeks: 0, days: 0 }, 'ru')).toBe('5 лет');
  });
});

