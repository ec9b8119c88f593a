import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { Holding } from '../model/types';
import { holderOn } from '../query/holder-on';
import { project } from '../query/project';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import { certaintyLabel, describeHolding, describeTenure } from './describe-holding';

const parties = [state('AA', 'Aland'), state('BB', 'Borduria'), state('CC', 'Cagliostro')];
const sources = [
  { id: 's', title: 'Test source', url: 'https://example.org/source', publisher: 'Example' },
  { id: 'news', title: 'News', url: 'https://example.org/news', publisher: 'The News', date: '2026-03-11' },
];
const term: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'] };
const extended: OrganizationRecord = {
  ...record({
    parties,
    people: [{ id: 'ann', names: { en: 'Ann', tr: 'Ayşe', ru: 'Анна' }, nationality: 'AA' }],
    offices: [termOffice(term)],
    decisions: [
      ...founders('2000-01-01', 'AA', 'BB', 'CC'),
      { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2022-11-14' },
      { type: 'extend', office: 'secretary-general', person: 'ann', date: '2025-05-21' },
    ],
  }),
  sources,
  horizon: '2026-03-10',
  attestations: [{ office: 'secretary-general', person: 'ann', date: '2026-03-10', sources: ['news'] }],
};
const monthly = (turns: 'automatic' | 'confirmed'): OrganizationRecord => ({
  ...record({
    parties,
    offices: [chairOffice(calendarRule('P1M', '2026-01-01', { kind: 'alphabetical', language: 'en' }, { turns }))],
    decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2026-01-01' }],
  }),
  horizon: '2026-03-10',
});

describe('describeHolding', () => {
  it('words a presumed holder: headline, period, why, what could change it and the last confirmation', () => {
    const h = holderOn(extended, 'secretary-general', '2026-12-07');
    expect(describeHolding(extended, h)).toEqual({
      status: 'held',
      certainty: 'presumed',
      label: 'presumed',
      headline: 'Ann (Aland), presumed',
      holder: 'Ann (Aland)',
      period: 'from 14 November 2022; no source gives its end',
      why: 'Presumed: no source gives the end of this period, and none after 10 March 2026 shows the holder in office. The term was extended for a length no source gives.',
      change: 'A decision after 10 March 2026 that the record does not have: a successor, or the end of the term.',
      lastConfirmed: 'Last shown in office on 10 March 2026 (The News).',
      candidates: [],
    });
  });
  it('writes the same answer in Turkish and Russian, and ISO dates when asked', () => {
    const h = holderOn(extended, 'secretary-general', '2026-12-07');
    expect(describeHolding(extended, h, { lang: 'tr' })).toMatchObject({ headline: 'Ayşe (Aland), varsayılan', lastConfirmed: 'Görevde olduğunu gösteren son kaynak: 10 Mart 2026 (The News).' });
    expect(describeHolding(extended, h, { lang: 'ru' })).toMatchObject({ label: 'предположительно', period: 'с 14 ноября 2022 г.; окончание не называет ни один источник' });
    expect(describeHolding(extended, h, { dates: 'iso' }).lastConfirmed).toBe('Last shown in office on 2026-03-10 (The News).');
    // Any other language falls back to English.
    expect(describeHolding(extended, h, { lang: 'de' }).label).toBe('presumed');
  });
  it('says a recorded answer is a fact of the record, with nothing that could change it', () => {
    expect(describeHolding(extended, holderOn(extended, 'secretary-general', '2023-06-01'))).toMatchObject({ certainty: 'recorded', headline: 'Ann (Aland), recorded', change: null, lastConfirmed: null });
  });
  it('tells certain by rule from expected by rule, and says why a confirmed turn is only expected', () => {
    const certain = describeHolding(monthly('automatic'), holderOn(monthly('automatic'), 'chair', '2026-05-15'));
    expect(certain).toMatchObject({ headline: 'Borduria, certain by rule', period: 'from 1 May 2026 until 1 June 2026', change: 'Only a change of the membership or of the rule.' });
    expect(certain.why).toMatch(/^Certain by rule: /);
    const expected = describeHolding(monthly('confirmed'), holderOn(monthly('confirmed'), 'chair', '2026-05-15'));
    expect(expected).toMatchObject({
      headline: 'Borduria, expected by rule',
      why: 'Expected by rule: each turn is confirmed by a decision, and the record does not have this one.',
      change: 'A decision that confirms another member, or defers or swaps the turn.',
    });
  });
  it('words a day before the record as not recorded, never as a vacancy', () => {
    const h: Holding = holderOn(monthly('automatic'), 'chair', '2025-06-01');
    expect(describeHolding(monthly('automatic'), h)).toMatchObject({ status: 'vacant', certainty: 'uncertain', headline: 'Not recorded', holder: null });
    expect(describeHolding(monthly('automatic'), h, { lang: 'tr' }).headline).toBe('Kayıtlı değil');
  });
  it('names each candidate of an uncertain answer with how sure its period is', () => {
    const summits: Rule = { id: 'summits', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, sources: ['s'] };
    const r = {
      ...record({
        parties,
        offices: [chairOffice(summits)],
        summits: [{ id: 'summit-2026', kind: 'ordinary', status: 'planned', host: 'BB', date: '2026', sources: ['s'] }],
        decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2025-10-07' }],
      }),
      horizon: '2026-03-10',
    };
    const words = describeHolding(r, holderOn(r, 'chair', '2026-12-07'));
    expect(words).toMatchObject({ status: 'uncertain', headline: 'Uncertain: Aland or Borduria', label: 'uncertain' });
    expect(words.candidates.map((c) => [c.holder, c.label])).toEqual([
      ['Aland', 'recorded'],
      ['Borduria', 'expected by rule'],
    ]);
    expect(words.why).toContain('The record knows events through 10 March 2026.');
    expect(describeHolding(r, holderOn(r, 'chair', '2026-12-07'), { lang: 'ru' }).headline).toBe('Не определено: Aland или Borduria');
  });
});

describe('describeTenure and certaintyLabel', () => {
  it('labels each projected period with its certainty', () => {
    expect(project(monthly('automatic'), 'chair', { today: '2026-05-15', count: 2 }).map((t) => describeTenure(monthly('automatic'), t).label)).toEqual(['certain by rule', 'certain by rule']);
  });
  it('gives the vocabulary in three languages', () => {
    expect(certaintyLabel('certain-by-rule')).toBe('certain by rule');
    expect(certaintyLabel('expected-by-rule', { lang: 'tr' })).toBe('kurala göre beklenen');
    expect(certaintyLabel('uncertain', { lang: 'ru' })).toBe('не определено');
  });
});

describe('describeTenure: a day known only to a window', () => {
  const rec = monthly('automatic');
  const [first] = project(rec, 'chair', { today: '2026-05-15', count: 1 });
  // The OTS's 13th summit after its horizon: some day between 11 March and 31 December 2026.
  const windowed = { ...first!, start: '2026-03-11', startUncertainUntil: '2027-01-01', end: '2027-01-01', endUncertainUntil: '2027-06-01' };

  it('says "a day between" after from and until, in each language, grammatically', () => {
    expect(describeTenure(rec, windowed, { lang: 'en' }).period).toMatch(/^from a day between 11 March 2026 and 31 December 2026 until a day between January 2027 and May 2027$/);
    expect(describeTenure(rec, windowed, { lang: 'tr' }).period).toMatch(/^11 Mart 2026 ile 31 Aralık 2026 arasında bir günden itibaren .* arasında bir güne kadar/);
    expect(describeTenure(rec, windowed, { lang: 'ru' }).period).toMatch(/^с даты между 11 марта 2026 г\. и 31 декабря 2026 г\. до даты между/);
    for (const lang of ['tr', 'ru']) expect(describeTenure(rec, windowed, { lang }).period).not.toMatch(/arasında tarih|до между|с между/);
  });
});
