import { holderOn, project } from '@turnus/core';
import { describeHolding, describeTenure } from '@turnus/core/describe';
import { describe, expect, it } from 'vitest';
import { asean, euCouncil, ots, records, turksoy, unsc } from './index';

// The answers of issue 18 (items 2 and 3), asked on 7 December 2026, on the embedded records.
describe('how sure each answer is, on the embedded records', () => {
  it('presumes Omuraliev Secretary-General of the OTS on 7 December 2026, last shown in office on 10 March 2026, his extension of unknown length', () => {
    const h = holderOn(ots, 'secretary-general', '2026-12-07');
    expect(h).toMatchObject({
      status: 'held',
      certainty: 'presumed',
      lastConfirmed: { date: '2026-03-10', sources: ['dailysabah-2026-03-11'] },
      tenure: { holder: { person: 'kubanychbek-omuraliev' }, termEndUnknown: true },
    });
    const words = describeHolding(ots, h, { on: '2026-12-07' });
    expect(words.headline).toBe('Kubanychbek Omuraliev (Kyrgyzstan), presumed');
    expect(words.lastConfirmed).toBe('Last shown in office on 10 March 2026 (Daily Sabah).');
    expect(words.why).toContain('The term was extended for a length no source gives.');
    expect(describeHolding(ots, h, { lang: 'tr', on: '2026-12-07' }).headline).toBe('Kubanıçbek Ömüraliyev (Kırgızistan), varsayılan');
    expect(describeHolding(ots, h, { lang: 'ru', on: '2026-12-07' }).lastConfirmed).toContain('10 марта 2026');
  });
  it('keeps him recorded on a day a source shows him in office', () => {
    expect(holderOn(ots, 'secretary-general', '2026-03-10').certainty).toBe('recorded');
  });
  it('gives Liberia for December 2026 and every month of 2027 certain by rule (UNSC rule 18, automatic)', () => {
    const next = project(unsc, 'president', { today: '2026-12-07', count: 13 });
    expect(next[0]).toMatchObject({ start: '2026-12-01', holder: { party: 'LR' } });
    expect(next.map((t) => t.certainty)).toEqual(Array(13).fill('certain-by-rule'));
    expect(next.at(-1)).toMatchObject({ start: '2027-12-01' });
    expect(describeTenure(unsc, next[0]!).label).toBe('certain by rule');
  });
  it('expects Singapore as ASEAN chair on 1 June 2027, not certain, and says why: a decision taken in advance that a dispute touches', () => {
    const h = holderOn(asean, 'chair', '2027-06-01');
    expect(h).toMatchObject({ status: 'held', certainty: 'expected-by-rule', tenure: { basis: 'recorded', holder: { party: 'SG' }, decisions: ['chair-2027-sg'] } });
    const words = describeHolding(asean, h);
    expect(words.headline).toBe('Singapore, expected by rule');
    expect(words.why).toMatch(/^Decided in advance, but not yet a fact/);
    expect(words.change).toContain(asean.disputes!.find((d) => d.id === 'chair-2027')!.about);
  });
  it('expects every ASEAN turn after the record: each is confirmed by a decision', () => {
    expect(project(asean, 'chair', { today: '2028-06-01', count: 3 }).map((t) => t.certainty)).toEqual(['expected-by-rule', 'expected-by-rule', 'expected-by-rule']);
  });
  it('holds the Council of the EU presidency certain by rule to December 2030 (a decided schedule), expected after it (gap order-2031)', () => {
    const periods = project(euCouncil, 'presidency', { today: '2030-01-01', count: 3 });
    expect(periods.map((t) => [t.start, t.certainty])).toEqual([
      ['2030-01-01', 'certain-by-rule'],
      ['2030-07-01', 'certain-by-rule'],
      ['2031-01-01', 'expected-by-rule'],
    ]);
  });
  it('presumes TÜRKSOY Secretary-General Raev, kept in office by the holdover rule, after 23 February 2026', () => {
    expect(holderOn(turksoy, 'secretary-general', '2026-12-07')).toMatchObject({ certainty: 'presumed', lastConfirmed: { date: '2026-02-23' }, tenure: { reason: { code: 'holdover' } } });
  });
  it('gives every answer a certainty, and every presumed one a last confirmation, on every office of every record', () => {
    for (const record of Object.values(records)) {
      for (const office of record.offices) {
        for (const day of ['2000-01-01', '2026-01-01', '2026-12-07', '2030-06-01']) {
          const h = holderOn(record, office.id, day);
          expect(h.certainty, `${record.organization.id} ${office.id} ${day}`).toMatch(/^(recorded|certain-by-rule|expected-by-rule|presumed|uncertain)$/);
          expect(describeHolding(record, h).headline.length).toBeGreaterThan(0);
        }
      }
    }
  });
});
