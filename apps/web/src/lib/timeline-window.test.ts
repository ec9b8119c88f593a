import { describe, expect, it } from 'vitest';
import { axisTicks, clampWindow, defaultWindow, panWindow, percentOf, windowFromQuery, zoomWindow } from './timeline-window';

describe('the timeline window', () => {
  it('opens on the years around today', () => {
    expect(defaultWindow('2026-11-28', 1992, 2032)).toEqual({ from: '2019-01-01', to: '2031-01-01' });
  });
  it('stays within the data and at least a year wide', () => {
    expect(clampWindow({ from: '2000-01-01', to: '2000-02-01' }, 2009, 2030).from).toBe('2009-01-01');
    expect(clampWindow({ from: '2020-01-01', to: '2020-02-01' }, 2009, 2030)).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });
  it('zooms around the anchor and pans by a fraction of its width', () => {
    const w = { from: '2010-01-01', to: '2030-01-01' };
    const z = zoomWindow(w, 0.5, 0.5, 2000, 2040);
    expect(z.from > w.from && z.to < w.to).toBe(true);
    expect(panWindow(w, 0.5, 2000, 2040).from.slice(0, 4)).toMatch(/^(2019|2020)$/);
  });
  it('reads the window from the address, refusing nonsense', () => {
    expect(windowFromQuery('?from=2015-01-01&to=2020-01-01')).toEqual({ from: '2015-01-01', to: '2020-01-01' });
    expect(windowFromQuery('?from=2020-01-01&to=2015-01-01')).toBeUndefined();
    expect(windowFromQuery('?from=x&to=2015-01-01')).toBeUndefined();
  });
  it('places days in percent and keeps axis labels off the edges', () => {
    const w = { from: '2010-01-01', to: '2020-01-01' };
    expect(percentOf(w, '2015-01-01')).toBeCloseTo(50, 0);
    const ticks = axisTicks(w, 300);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]!.anchor).toBe('start');
    expect(ticks[ticks.length - 1]!.anchor).toBe('end');
  });
});
