import { describe, expect, it } from 'vitest';
import { addDays, holderOn } from '@turnus/core';
import { records } from '@turnus/data';
import { islandSlice } from './record-slice';
import { timelineData } from './timeline';

const today = '2026-12-07';

describe('islandSlice', () => {
  it.each(Object.keys(records))('keeps what the core reads, so the islands answer for %s as the prerendered pages do', (org) => {
    const record = records[org]!;
    const slice = islandSlice(record);
    for (const office of record.offices) {
      for (let day = '2000-01-01'; day < '2032-01-01'; day = addDays(day, 29)) {
        expect(holderOn(slice, office.id, day, { today })).toEqual(holderOn(record, office.id, day, { today }));
      }
    }
    const drawn = (r: typeof record) => timelineData(r, today).items.map((i) => [i.id, i.start, i.end, i.certainty, i.presumedFrom, i.uncertainUntil]);
    expect(drawn(slice)).toEqual(drawn(record));
  });
  it('drops what only the pages show: source titles, notes, the text of gaps', () => {
    const slice = islandSlice(records['ots']!);
    expect(slice.sources.every((s) => Object.keys(s).every((k) => k === 'id' || k === 'date' || k === 'publisher'))).toBe(true);
    expect((slice.gaps ?? []).every((g) => !('question' in g) && !('note' in g))).toBe(true);
  });
});
