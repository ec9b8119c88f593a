import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { holderOn } from '@turnus/core';
import { describeHolding } from '@turnus/core/describe';
import { ots, records } from '@turnus/data';
import { CurrentStateView } from '../components/CurrentStateView';
import { HomePage } from '../pages/HomePage';
import { PersonPage } from '../pages/PersonPage';
import { shareImageSvg } from './share-image';
import { drawnOn, timelineData } from './timeline';
import { visibleText } from '../../test/rendered-text';

// One answer, worded once (issue 18, item 3): the overview, the home page, the timeline and the
// share image of a build on 7 December 2026 show the core's headline, never words of their own.
const today = '2026-12-07';
// The text a visitor reads: visibleText puts a space between a link and the text after it.
const read = (html: string) => visibleText(html).replace(/ ([,.;:])/g, '$1');
const words = (office: string) => describeHolding(ots, holderOn(ots, office, today, { today }), { on: today });
const overview = read(render(h(CurrentStateView, { record: ots, today })));
const home = read(render(h(HomePage, { records: Object.values(records), today })));
const share = shareImageSvg(ots, today);

describe('the OTS chair on 7 December 2026', () => {
  const chair = words('chair');
  it('is uncertain between Azerbaijan and Türkiye, naming the horizon', () => {
    expect(chair.headline).toBe('Uncertain: Azerbaijan or Türkiye');
    expect(chair.why).toContain('The record knows events through 10 March 2026.');
  });
  it('reads the same on the overview, the home page, the timeline and the share image', () => {
    expect(overview).toContain(chair.headline);
    expect(overview).toContain(chair.why);
    expect(home).toContain(`Chairmanship-in-Office ${chair.headline}`);
    expect(drawnOn(timelineData(ots, today), 'chair', today)?.item.title).toContain(chair.headline);
    expect(share).toContain(`Chairmanship-in-Office: ${chair.headline}`);
  });
  it('keeps none of the web’s own status words', () => {
    for (const text of [overview, home, share]) expect(text).not.toMatch(/not certain|\(recorded\)|\bprojected\b/);
  });
});

describe('the OTS Secretary-General on 7 December 2026', () => {
  const sg = words('secretary-general');
  it('is Omuraliev, presumed, with the last day and source that show him in office', () => {
    expect(sg.headline).toBe('Kubanychbek Omuraliev (Kyrgyzstan), presumed');
    expect(sg.lastConfirmed).toMatch(/^Last shown in office on \d{1,2} March 2026 \(.+\)\.$/);
  });
  it('reads the same on the overview, the home page, the share image and his page', () => {
    expect(overview).toContain(sg.headline);
    expect(overview).toContain(sg.lastConfirmed);
    expect(home).toContain(`Secretary-General ${sg.headline}`);
    expect(share).toContain(`Secretary-General: ${sg.headline}`);
    const person = read(render(h(PersonPage, { record: ots, today, path: '/ots/people/kubanychbek-omuraliev/', person: 'kubanychbek-omuraliev' })));
    expect(person).toContain(sg.headline);
    expect(person).toContain(sg.lastConfirmed);
  });
});
