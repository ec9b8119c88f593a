import { describe, expect, it } from 'vitest';
import { ots } from '@turnus/data';
import { neighbours, summitsBySeries } from './summits';

describe('summitsBySeries', () => {
  it('puts the organization’s own summits first, then the predecessor series, each in date order', () => {
    const groups = summitsBySeries(ots);
    expect(groups[0]!.series).toBeNull();
    expect(groups.map((g) => g.series)).toContain('turkic-speaking-states');
    const own = groups[0]!.summits.map((s) => s.date);
    expect(own).toEqual([...own].sort());
    expect(groups[0]!.summits.map((s) => s.id)).toContain('ots-1-almaty-2011');
    expect(groups.find((g) => g.series === 'turkic-speaking-states')!.summits[0]!.id).toBe('tss-ankara-1992');
    expect(groups.reduce((n, g) => n + g.summits.length, 0)).toBe(ots.summits.length);
  });
});

describe('neighbours', () => {
  it('finds the summits before and after, across series', () => {
    const { previous, next } = neighbours(ots, 'ots-1-almaty-2011');
    expect(previous?.id).toBe('tss-10-istanbul-2010');
    expect(next?.id).toBe('ots-2-bishkek-2012');
  });
});
