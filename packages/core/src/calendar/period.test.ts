import { describe, expect, it } from 'vitest';
import { spanContains, spansOverlap } from './period';

describe('half-open spans', () => {
  it('give the handover day to the new holder', () => {
    const outgoing = { start: '2021-11-12', end: '2022-11-11' };
    const incoming = { start: '2022-11-11', end: null };
    expect(spanContains(outgoing, '2022-11-10')).toBe(true);
    expect(spanContains(outgoing, '2022-11-11')).toBe(false);
    expect(spanContains(incoming, '2022-11-11')).toBe(true);
    expect(spansOverlap(outgoing, incoming)).toBe(false);
  });
  it('treat a null end as ongoing', () => {
    expect(spanContains({ start: '2025-10-07', end: null }, '2099-01-01')).toBe(true);
    expect(spansOverlap({ start: '2020-01-01', end: null }, { start: '2030-01-01', end: '2031-01-01' })).toBe(true);
  });
});
