import { holderOn } from '@turnus/core';
import { due } from '@turnus/core/due';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { ots, records } from './index';

describe('the knowledge horizon of the embedded records', () => {
  it.each(Object.keys(records))('%s states the day through which it has every event its sources report, and check accepts it', (id) => {
    const record = records[id as keyof typeof records]!;
    expect(record.horizon).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(record.horizon! <= record.asOf).toBe(true);
    expect(validate(record).filter((d) => d.code.startsWith('HORIZON'))).toEqual([]);
  });

  it('gives the OTS chair on 1 January 2026 to Azerbaijan, recorded: no summit happened through 10 March 2026', () => {
    expect(ots.horizon).toBe('2026-03-10');
    const jan = holderOn(ots, 'chair', '2026-01-01');
    expect(jan).toMatchObject({ status: 'held', tenure: { basis: 'recorded', holder: { party: 'AZ' }, end: '2026-03-11', endUncertainUntil: '2027-01-01' } });
    expect(holderOn(ots, 'chair', '2026-03-10')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AZ' } } });
  });

  it('leaves the OTS chair after the horizon uncertain between Azerbaijan and Türkiye, naming it', () => {
    const h = holderOn(ots, 'chair', '2026-12-07');
    if (h.status !== 'uncertain') throw new Error(h.status);
    expect(h.candidates.map((t) => t.holder.party)).toEqual(['AZ', 'TR']);
    expect(h.reason).toEqual({ code: 'event-expected', summit: 'ots-13-2026', since: '2026-01-01', knownThrough: '2026-03-10' });
  });

  it("due lists what the OTS record expects between its horizon and today", () => {
    const [item, ...more] = due(ots, { today: '2026-12-07' }).filter((d) => d.kind === 'since-horizon');
    expect(more).toEqual([]);
    expect(item).toMatchObject({ date: '2026-03-11', horizon: '2026-03-10', severity: 'review', command: null });
    expect(item!.message).toBe(
      'The record knows events through 10 March 2026; since then, expected: Informal OTS Summit (planned) (May 2026); 13th OTS Summit (2026); Chairmanship-in-Office passing to Türkiye (between 11 March 2026 and 31 December 2026). Check what happened since, record it and move the horizon.',
    );
  });
});
