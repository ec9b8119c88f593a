import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { Rule } from '../schema/rule';
import { holderOn } from './holder-on';

const parties = [state('AT', 'Austria'), state('BE', 'Belgium'), state('CY', 'Cyprus')];
const sg: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'] };

describe('holderOn', () => {
  const rec = record({
    parties,
    offices: [chairOffice(calendarRule('P1Y', '2020-01-01')), termOffice(sg)],
    people: [
      { id: 'ann', names: { en: 'Ann' }, nationality: 'AT' },
      { id: 'bob', names: { en: 'Bob' }, nationality: 'BE' },
    ],
    decisions: [
      ...founders('2000-01-01', 'AT', 'BE', 'CY'),
      { type: 'handover', office: 'chair', to: 'AT', date: '2020-01-01' },
      { type: 'handover', office: 'chair', from: 'AT', to: 'BE', date: '2021-01-01' },
      { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2010-05-01' },
      { type: 'appoint', office: 'secretary-general', person: 'bob', date: '2014', notAfter: '2014-12-11' },
    ],
  });
  it('gives the handover day to the new holder', () => {
    expect(holderOn(rec, 'chair', '2020-12-31')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AT' } } });
    expect(holderOn(rec, 'chair', '2021-01-01')).toMatchObject({ status: 'held', tenure: { holder: { party: 'BE' } } });
  });
  it('orders two handovers on one day by their chain: the last holder holds that day', () => {
    const sameDay = record({
      parties,
      offices: [chairOffice(calendarRule('P1Y', '2020-01-01'))],
      decisions: [
        ...founders('2000-01-01', 'AT', 'BE', 'CY'),
        { id: 'z-first', type: 'handover', office: 'chair', to: 'AT', date: '2020-01-01' },
        { id: 'b-third', type: 'handover', office: 'chair', from: 'BE', to: 'CY', date: '2021-01-01' },
        { id: 'y-second', type: 'handover', office: 'chair', from: 'AT', to: 'BE', date: '2021-01-01' },
      ],
    });
    expect(holderOn(sameDay, 'chair', '2021-01-01')).toMatchObject({ status: 'held', tenure: { holder: { party: 'CY' } } });
    expect(holderOn(sameDay, 'chair', '2020-12-31')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AT' } } });
  });
  it('is vacant before the first holder', () => {
    // The record is silent before its first period: not a vacancy anyone recorded.
    expect(holderOn(rec, 'chair', '2019-06-01')).toEqual({ status: 'vacant', certainty: 'uncertain' });
  });
  it('is uncertain inside the window of a change known only to the year', () => {
    const h = holderOn(rec, 'secretary-general', '2014-06-01');
    expect(h.status).toBe('uncertain');
    expect(h.status === 'uncertain' && h.candidates.map((t) => t.holder.person)).toEqual(['ann', 'bob']);
  });
  it('marks the end of the tenure before an imprecise change as a window', () => {
    const h = holderOn(rec, 'secretary-general', '2013-01-01');
    expect(h.status === 'held' && h.tenure).toMatchObject({ end: '2014-01-01', endUncertainUntil: '2014-12-11' });
  });
  it('is certain once the "in office by" day has passed', () => {
    expect(holderOn(rec, 'secretary-general', '2014-12-11')).toMatchObject({ status: 'held', tenure: { holder: { person: 'bob' } } });
    expect(holderOn(rec, 'secretary-general', '2013-12-31')).toMatchObject({ status: 'held', tenure: { holder: { person: 'ann' } } });
  });
  it('answers the same whatever day the question is asked', () => {
    // Belgium's recorded year ends on 1 January 2022; by the annual rule Cyprus, then Austria.
    expect(holderOn(rec, 'chair', '2021-02-01')).toMatchObject({ status: 'held', tenure: { basis: 'recorded', holder: { party: 'BE' }, end: '2022-01-01', endBasis: 'rule' } });
    expect(holderOn(rec, 'chair', '2023-02-01')).toMatchObject({ status: 'held', tenure: { basis: 'rule', holder: { party: 'AT' } } });
    expect(holderOn(rec, 'chair', '2023-02-01', { today: '2021-06-01' })).toEqual(holderOn(rec, 'chair', '2023-02-01'));
  });
  it('rejects a missing date with a typed error', () => {
    expect(() => holderOn(rec, 'chair', undefined as unknown as string)).toThrowError(expect.objectContaining({ code: 'E_INVALID_DATE' }));
  });
  it('rejects impossible dates and unknown offices with typed errors', () => {
    expect(() => holderOn(rec, 'chair', '2023-02-30')).toThrowError(expect.objectContaining({ code: 'E_INVALID_DATE' }));
    expect(() => holderOn(rec, 'president', '2023-02-01')).toThrowError(expect.objectContaining({ code: 'E_UNKNOWN_OFFICE' }));
  });
});
