import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeReason } from './describe-reason';
import type { BasisCode, BasisReason } from '../model/types';
import type { OrganizationRecord } from '../schema/record';

const record = {
  summits: [{ id: 's1', name: 'Shusha Summit', kind: 'informal', city: 'Shusha', date: '2024-07-06', status: 'held' }],
} as unknown as OrganizationRecord;

const CODES: BasisCode[] = ['calendar-rule', 'holdover', 'vacant-by-rule', 'event-not-recorded', 'event-expected', 'term-expired', 'extension-of-unknown-length', 'roster-unknown', 'inferred-rule', 'imprecise-date'];

describe('describeReason', () => {
  it('keeps its English sentences', () => {
    expect(describeReason(record, { code: 'roster-unknown', since: '2027-01-01', seats: 5 })).toBe('5 seats whose terms ended on 1 January 2027 have no recorded successor: the roster is not known.');
    expect(describeReason(record, { code: 'event-not-recorded', summit: 's1' })).toBe('The record has the Shusha Summit in Shusha (6 July 2024) but not the handover made there; the rule says who took the office.');
    expect(describeReason(record, { code: 'term-expired', since: '2025-11' })).toBe('The term ended by rule on November 2025 and the record has no decision since: no extension, reappointment or successor.');
  });
  it('writes Turkish, with dates in Turkish', () => {
    expect(describeReason(record, { code: 'calendar-rule' }, { lang: 'tr' })).toMatch(/^Kurala göre kesin/);
    expect(describeReason(record, { code: 'holdover', since: '2025-11-11' }, { lang: 'tr' })).toContain('11 Kasım 2025 tarihinde sona erdi');
  });
  it('writes Russian, with plural forms by Intl.PluralRules', () => {
    expect(describeReason(record, { code: 'roster-unknown', since: '2027-01-01', seats: 1 }, { lang: 'ru' })).toMatch(/^1 место, срок которого истёк 1 января 2027 г\./);
    expect(describeReason(record, { code: 'roster-unknown', seats: 3 }, { lang: 'ru' })).toMatch(/^3 места/);
    expect(describeReason(record, { code: 'roster-unknown', seats: 5 }, { lang: 'ru' })).toMatch(/^5 мест,/);
  });
  it("ends with the record's knowledge horizon where the answer names it, in each language", () => {
    const reason: BasisReason = { code: 'event-expected', summit: 's1', knownThrough: '2026-03-10' };
    expect(describeReason(record, reason)).toMatch(/ The record knows events through 10 March 2026\.$/);
    expect(describeReason(record, reason, { lang: 'tr' })).toMatch(/ Kayıt, 10 Mart 2026 tarihine kadarki olayları biliyor\.$/);
    expect(describeReason(record, reason, { lang: 'ru' })).toMatch(/ Запись знает события по 10 марта 2026 г\. включительно\.$/);
  });
  it('falls back to English for another language, and adds the inferred-term sentence in the same language', () => {
    expect(describeReason(record, { code: 'inferred-rule' }, { lang: 'de' })).toBe(describeReason(record, { code: 'inferred-rule' }));
    expect(describeReason(record, { code: 'holdover', inferred: true }, { lang: 'ru' })).toMatch(/ни один источник его не называет\.$/);
  });
  it('gives a sentence for every code in every language, with no ISO date left in it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), fc.constantFrom('en', 'tr', 'ru'), fc.option(fc.constantFrom('2014', '2014-05', '2025-11-11'), { nil: undefined }), fc.boolean(), (code, lang, since, withSummit) => {
        const reason: BasisReason = { code, ...(since ? { since } : {}), ...(withSummit ? { summit: 's1' } : {}), seats: 2 };
        const s = describeReason(record, reason, { lang });
        expect(s.length).toBeGreaterThan(10);
        expect(s).not.toMatch(/\d{4}-\d{2}/);
        expect(s).toMatch(/[.»]$/);
      }),
    );
  });
});
