import { describe, expect, it } from 'vitest';
import { ots } from '@turnus/data';
import { factsBySource } from './source-index';

describe('factsBySource', () => {
  const index = factsBySource(ots);
  it('has an entry for every source', () => {
    expect(index.size).toBe(ots.sources.length);
  });
  it('lists the decisions, summits and claims that rest on a source', () => {
    const facts = index.get('inform-a3377559')!;
    expect(facts.some((f) => f.kind === 'summit' && f.href === '/ots/summits/ots-6-cholpon-ata-2018/')).toBe(true);
    expect(facts.some((f) => f.kind === 'dispute' && f.href === '/ots/sources/#dispute-sixth-summit-date')).toBe(true);
  });
  it('links a decision taken outside a summit to the state on its day', () => {
    const facts = index.get('adilet-z100000341')!;
    expect(facts.some((f) => f.href === '/ots/on/?on=2010-09-27')).toBe(true);
  });
});
