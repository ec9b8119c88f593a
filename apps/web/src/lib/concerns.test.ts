import { describe, expect, it } from 'vitest';
import { ots } from '@turnus/data';
import { disputesAbout, gapsAbout } from './concerns';

describe('gapsAbout', () => {
  it('finds the gaps about a person', () => {
    const gaps = gapsAbout(ots, { person: 'kubanychbek-omuraliev' });
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(ots.gaps?.some((x) => x.id === g.id)).toBe(true);
  });
  it('finds the gaps about a summit', () => {
    expect(gapsAbout(ots, { ids: ['informal-turkistan-2026'] }).map((g) => g.id)).toEqual(['turkistan-informal-2026']);
  });
  it('keeps only office gaps that overlap the span', () => {
    const ids = gapsAbout(ots, { office: 'secretary-general', span: { start: '2010-09-16', end: '2014-12-11' } }).map((g) => g.id);
    expect(ids).toContain('sg-early-extensions');
    expect(ids).not.toContain('sg-next-nationality');
  });
});

describe('disputesAbout', () => {
  it('finds the disputes about a summit or its decisions', () => {
    expect(disputesAbout(ots, ['ots-6-cholpon-ata-2018']).map((d) => d.id)).toEqual(['sixth-summit-date']);
  });
});
