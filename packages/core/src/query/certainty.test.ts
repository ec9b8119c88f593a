import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import { history } from './history';
import { holderOn } from './holder-on';
import { project } from './project';

const parties = [state('AA', 'Aland'), state('BB', 'Borduria'), state('CC', 'Cagliostro')];
const people = [{ id: 'ann', names: { en: 'Ann' }, nationality: 'AA' }];
const sources = [
  { id: 's', title: 'Test source', url: 'https://example.org/source', publisher: 'Example' },
  { id: 'news', title: 'News', url: 'https://example.org/news', publisher: 'The News', date: '2026-03-11' },
];

/** A monthly chair (calendar rule, `turns` as given) handed over in January 2026, known through `horizon`. */
function monthly(extra: Partial<Rule> = {}, more: Partial<OrganizationRecord> = {}): OrganizationRecord {
  const r = record({
    parties,
    offices: [chairOffice(calendarRule('P1M', '2026-01-01', { kind: 'alphabetical', language: 'en' }, extra))],
    decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { id: 'h-jan', type: 'handover', office: 'chair', to: 'AA', date: '2026-01-01' }],
  });
  return { ...r, horizon: '2026-03-10', ...more };
}

/** A Secretary-General appointed in 2022 for three years, extended in 2025 for a length no source gives. */
function extended(more: Partial<OrganizationRecord> = {}, onExpiry?: 'holdover'): OrganizationRecord {
  const term: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'], ...(onExpiry ? { onExpiry } : {}) };
  const r = record({
    parties,
    people,
    offices: [termOffice(term)],
    decisions: [
      ...founders('2000-01-01', 'AA', 'BB', 'CC'),
      { id: 'appoint-ann', type: 'appoint', office: 'secretary-general', person: 'ann', date: '2022-11-14' },
      ...(onExpiry ? [] : [{ id: 'extend-ann', type: 'extend', office: 'secretary-general', person: 'ann', date: '2025-05-21' } as const]),
    ],
  });
  return { ...r, sources, horizon: '2026-03-10', ...more };
}

describe('how sure an answer is (certainty)', () => {
  it('calls a period of the record that began by the horizon recorded', () => {
    expect(holderOn(monthly(), 'chair', '2026-01-15')).toMatchObject({ status: 'held', certainty: 'recorded' });
  });
  it('calls an automatic calendar rule on a recorded roster certain by rule, as the periods project gives', () => {
    const h = holderOn(monthly(), 'chair', '2026-05-15');
    expect(h).toMatchObject({ status: 'held', certainty: 'certain-by-rule', tenure: { basis: 'rule', holder: { party: 'BB' }, certainty: 'certain-by-rule' } });
    expect(project(monthly({ turns: 'automatic' }), 'chair', { today: '2026-05-15', count: 3 }).map((t) => t.certainty)).toEqual(['certain-by-rule', 'certain-by-rule', 'certain-by-rule']);
  });
  it('calls a rotation whose every turn a decision confirms expected by rule, never certain', () => {
    const r = monthly({ turns: 'confirmed' });
    expect(holderOn(r, 'chair', '2026-05-15')).toMatchObject({ status: 'held', certainty: 'expected-by-rule', tenure: { basis: 'rule' } });
    expect(project(r, 'chair', { today: '2026-05-15', count: 2 }).map((t) => t.certainty)).toEqual(['expected-by-rule', 'expected-by-rule']);
  });
  it('calls a period certain by rule expected when a gap over its days touches it, and only those periods', () => {
    const r = monthly({}, { gaps: [{ id: 'roster-2027', description: 'The roster of 2027 is not known.', office: 'chair', from: '2027-01-01' }] });
    expect(holderOn(r, 'chair', '2026-12-15').certainty).toBe('certain-by-rule');
    expect(holderOn(r, 'chair', '2027-01-15').certainty).toBe('expected-by-rule');
  });
  it('does not let an undated gap about the office past touch a period to come', () => {
    const r = monthly({}, { gaps: [{ id: 'history', description: 'The early holders are not known.', office: 'chair' }] });
    expect(holderOn(r, 'chair', '2027-01-15').certainty).toBe('certain-by-rule');
  });
  it('calls a period decided in advance certain when nothing touches it, expected when a dispute concerns its decision', () => {
    const base = record({
      parties,
      offices: [chairOffice(calendarRule('P1Y', '2020-01-01'))],
      decisions: [
        ...founders('2000-01-01', 'AA', 'BB', 'CC'),
        { id: 'h-2026', type: 'handover', office: 'chair', to: 'AA', date: '2026-01-01' },
        { id: 'h-2027', type: 'handover', office: 'chair', from: 'AA', to: 'CC', date: '2027-01-01' },
      ],
    });
    const advance = { ...base, horizon: '2026-05-10' };
    expect(holderOn(advance, 'chair', '2026-06-01').certainty).toBe('recorded');
    expect(holderOn(advance, 'chair', '2027-06-01')).toMatchObject({ status: 'held', certainty: 'certain-by-rule', tenure: { basis: 'recorded', holder: { party: 'CC' } } });
    const disputed = { ...advance, disputes: [{ id: 'chair-2027', about: 'Who chairs in 2027', claims: [{ value: 'CC', sources: ['s'] }, { value: 'BB', sources: ['s'] }], concerns: ['h-2027'] }] };
    expect(holderOn(disputed, 'chair', '2027-06-01').certainty).toBe('expected-by-rule');
  });
  it('presumes a holder whose extension has no known length past the last attestation, and says when that was', () => {
    const r = extended({ attestations: [{ office: 'secretary-general', person: 'ann', date: '2026-03-10', sources: ['news'] }] });
    expect(holderOn(r, 'secretary-general', '2026-12-07')).toMatchObject({
      status: 'held',
      certainty: 'presumed',
      lastConfirmed: { date: '2026-03-10', sources: ['news'] },
      tenure: { holder: { person: 'ann' }, termEndUnknown: true },
    });
    // Up to the day a source shows her in office she is in the record, not presumed.
    const confirmed = holderOn(r, 'secretary-general', '2026-03-10');
    expect(confirmed).toMatchObject({ certainty: 'recorded' });
    expect(confirmed).not.toHaveProperty('lastConfirmed');
    // The period as a whole (history) is presumed from its last confirmation on.
    expect(history(r, 'secretary-general').at(-1)).toMatchObject({ certainty: 'presumed', lastConfirmed: { date: '2026-03-10' } });
  });
  it('takes the period’s latest day-dated source as its last confirmation when no attestation names the holder', () => {
    const r = extended();
    const withNews = { ...r, decisions: r.decisions.map((d) => (d.id === 'extend-ann' ? { ...d, sources: ['s', 'news'] } : d)) };
    expect(holderOn(withNews, 'secretary-general', '2026-12-07')).toMatchObject({ certainty: 'presumed', lastConfirmed: { date: '2026-03-11', sources: ['news'] } });
    // No dated source at all: presumed, with no confirmation to name.
    const h = holderOn(r, 'secretary-general', '2026-12-07');
    expect(h.certainty).toBe('presumed');
    expect(h).not.toHaveProperty('lastConfirmed');
  });
  it('ignores attestations of another holder or office', () => {
    const r = extended({
      attestations: [
        { office: 'secretary-general', person: 'bob', date: '2026-06-01', sources: ['news'] },
        { office: 'chair', party: 'AA', date: '2026-06-01', sources: ['news'] },
      ],
    });
    expect(holderOn(r, 'secretary-general', '2026-12-07')).not.toHaveProperty('lastConfirmed');
  });
  it('presumes a holder kept in office by a holdover rule after the last attestation, and certain by rule before it', () => {
    const r = extended({ attestations: [{ office: 'secretary-general', person: 'ann', date: '2026-02-23', sources: ['news'] }] }, 'holdover');
    expect(holderOn(r, 'secretary-general', '2026-12-07')).toMatchObject({
      certainty: 'presumed',
      lastConfirmed: { date: '2026-02-23' },
      tenure: { basis: 'rule', reason: { code: 'holdover' } },
    });
    expect(holderOn(r, 'secretary-general', '2026-01-01')).toMatchObject({ certainty: 'certain-by-rule', tenure: { reason: { code: 'holdover' } } });
  });
  it('calls an answer that rests on an event the record does not have uncertain, with candidates', () => {
    const summitRule: Rule = { id: 'summits', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, sources: ['s'] };
    const r = {
      ...record({
        parties,
        offices: [chairOffice(summitRule)],
        summits: [{ id: 'summit-2026', kind: 'ordinary', status: 'planned', host: 'BB', date: '2026', sources: ['s'] }],
        decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2025-10-07' }],
      }),
      horizon: '2026-03-10',
    };
    const h = holderOn(r, 'chair', '2026-12-07');
    expect(h).toMatchObject({ status: 'uncertain', certainty: 'uncertain', reason: { code: 'event-expected' } });
    expect(h.status === 'uncertain' && h.candidates.map((t) => [t.holder.party, t.certainty])).toEqual([
      ['AA', 'recorded'],
      ['BB', 'expected-by-rule'],
    ]);
  });
  it('says a day before the record is not recorded (uncertain): no source records a vacancy', () => {
    expect(holderOn(monthly(), 'chair', '2025-06-01')).toEqual({ status: 'vacant', certainty: 'uncertain' });
  });
});
