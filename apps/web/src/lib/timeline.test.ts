import { describe, expect, it } from 'vitest';
import { ots, records } from '@turnus/data';
import { formatDate } from './dates';
import { addDays, holderOn } from '@turnus/core';
import { drawnOn, itemsInRange, scaleOf, timelineData, yearTicks } from './timeline';

const today = '2026-11-28';

describe('timelineData', () => {
  const data = timelineData(ots, today);
  it('has rows for the offices, their projections, every party and the summits', () => {
    const ids = data.rows.map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual(['chair', 'chair-projected']);
    expect(ids).toContain('secretary-general');
    expect(ids).toContain('party-UZ');
    expect(ids[ids.length - 1]).toBe('summits');
  });
  it('draws the running chair until today and keeps projections on their own row', () => {
    const chair = data.items.filter((i) => i.row === 'chair');
    expect(chair[chair.length - 1]).toMatchObject({ label: 'Azerbaijan', start: '2025-10-07', style: 'recorded' });
    const projected = data.items.filter((i) => i.row === 'chair-projected');
    expect(projected[0]).toMatchObject({ label: 'Türkiye', style: 'projected' });
  });
  it('marks the uncertain start of Hasanov’s term', () => {
    const hasanov = data.items.find((i) => i.label === 'Ramil Hasanov')!;
    expect(hasanov.uncertainUntil).toBeDefined();
    expect(hasanov.title).toContain(`From 2014 (before ${formatDate(hasanov.uncertainUntil!)})`);
    expect(hasanov.title).toContain('Uncertain: Halil Akıncı (Turkey) or Ramil Hasanov (Azerbaijan); Ramil Hasanov (Azerbaijan), recorded.');
    expect(hasanov.title).toContain('Term end by rule 2017, before 29 December 2017');
    expect(hasanov.title).not.toContain('1 January');
  });
  it('tells summits apart by kind and marks planned ones', () => {
    const shusha = data.items.find((i) => i.id === 'summit-informal-shusha-2024')!;
    expect(shusha.style).toBe('informal');
    expect(data.items.find((i) => i.id === 'summit-ots-13-2026')!.planned).toBe(true);
  });
  it('names Turkey as it was in each period', () => {
    const chair = data.items.filter((i) => i.row === 'chair').map((i) => i.label);
    expect(chair).toContain('Turkey');
    expect(data.rows.find((r) => r.id === 'party-TR')!.label).toBe('Türkiye');
  });
});

describe('scaleOf and itemsInRange', () => {
  it('maps the range onto the width', () => {
    const s = scaleOf('2010-01-01', '2020-01-01', 100, 1000);
    expect(s.x('2010-01-01')).toBe(100);
    expect(s.x('2020-01-01')).toBe(1100);
  });
  it('keeps the periods overlapping the range and the marks inside it', () => {
    const data = timelineData(ots, today);
    const inRange = itemsInRange(data.items, '2022-01-01', '2023-01-01');
    expect(inRange.some((i) => i.id === 'summit-ots-9-samarkand-2022')).toBe(true);
    expect(inRange.some((i) => i.id === 'summit-ots-10-astana-2023')).toBe(false);
    expect(inRange.some((i) => i.label === 'Baghdad Amreyev')).toBe(true);
  });
});

describe('yearTicks', () => {
  it('labels every year over a short range and every fifth over a long one', () => {
    expect(yearTicks(2020, 2024)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(yearTicks(1992, 2032)).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]);
  });
});

describe('periods answered by the rule', () => {
  const current = (id: string, prefix: string) =>
    timelineData(records[id]!, '2026-11-29').items.find((i) => i.row.startsWith(prefix) && i.start <= '2026-11-29' && i.end > '2026-11-29');
  it('reads the core’s headline, "Latvia, certain by rule", for the UNSC presidency on 29 November 2026', () => {
    const item = current('unsc', 'president');
    expect(item?.label).toBe('Latvia');
    expect(item?.title).toBe('Presidency of the Security Council: From 1 November 2026 until 1 December 2026. Latvia, certain by rule.');
  });
  it('reads "certain by rule" for the EU Council presidency on 29 November 2026 (Ireland, decided in advance, after the record’s horizon)', () => {
    const item = current('eu-council', 'presidency');
    expect(item?.label).toBe('Ireland');
    expect(item?.title).toMatch(/Ireland, certain by rule\.$/);
  });
});

describe('the timeline and the core’s holding agree on every day', () => {
  // Every day the picture draws for an office, from its first period to the end of the last
  // projected one: the bar covering the day says what holderOn says, holder and certainty.
  const agree = (org: string, office: string, build: string) => {
    const record = records[org]!;
    const data = timelineData(record, build);
    const bars = data.items.filter((i) => i.row === office || i.row === `${office}-projected`);
    const last = bars.reduce((m, i) => (i.end > m ? i.end : m), bars[0]!.start);
    const wrong: string[] = [];
    for (let day = bars[0]!.start; day < last; day = addDays(day, 1)) {
      const h = holderOn(record, office, day, { today: build });
      const drawn = drawnOn(data, office, day);
      const who = (t: { holder: { party: string | null; person: string | null } }) => t.holder.person ?? t.holder.party;
      const said = h.status === 'held' ? `${h.certainty} ${who(h.tenure)}` : h.status === 'uncertain' ? `uncertain ${h.candidates.map(who).join('|')}` : 'vacant';
      const shown = !drawn ? 'vacant' : `${drawn.certainty} ${drawn.item.href ? drawn.item.href.split('/').filter(Boolean).at(-1) : (drawn.item.party ?? null)}`;
      const same = h.status === 'uncertain' ? drawn?.certainty === 'uncertain' && h.candidates.some((c) => shown.endsWith(` ${who(c)}`)) : said === shown;
      if (!same) wrong.push(`${day}: core ${said}, timeline ${shown}`);
    }
    return wrong;
  };
  it('draws the OTS chair as the overview says it on 7 December 2026: Azerbaijan recorded until the horizon, then uncertain', () => {
    expect(agree('ots', 'chair', '2026-12-07').slice(0, 5)).toEqual([]);
    const data = timelineData(ots, '2026-12-07');
    expect(drawnOn(data, 'chair', '2026-03-10')).toMatchObject({ certainty: 'recorded', item: { party: 'AZ' } });
    expect(drawnOn(data, 'chair', '2026-12-07')?.certainty).toBe('uncertain');
    expect(data.horizon).toBe('2026-03-10');
  });
  it('draws the OTS Secretary-General as recorded up to the last day a source shows him, presumed after', () => {
    expect(agree('ots', 'secretary-general', '2026-12-07').slice(0, 5)).toEqual([]);
    const omuraliev = timelineData(ots, '2026-12-07').items.find((i) => i.label === 'Kubanychbek Omuraliev')!;
    expect(omuraliev.presumedFrom).toBeDefined();
    expect(omuraliev.presumedFrom! <= '2026-12-07').toBe(true);
  });
  const every = Object.values(records).flatMap((r) => r.offices.map((o): [string, string] => [r.organization.id, o.id]));
  it.each(every)('draws %s’s %s as holderOn answers on 7 December 2026', (org, office) => {
    if (!timelineData(records[org]!, '2026-12-07').items.some((i) => i.row === office)) return;
    expect(agree(org, office, '2026-12-07').slice(0, 5)).toEqual([]);
  });
  it('draws the UNSC presidency the rule makes certain between the record and today (September to November 2026)', () => {
    expect(agree('unsc', 'president', '2026-11-29').slice(0, 5)).toEqual([]);
  });
});
