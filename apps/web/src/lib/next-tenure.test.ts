import { describe, expect, it } from 'vitest';
import { ots, records } from '@turnus/data';
import { nextTenure } from './next-tenure';

describe('nextTenure', () => {
  it('skips the presidency under way by rule: after Latvia (November 2026) comes Liberia', () => {
    expect(nextTenure(records['unsc']!, 'president', '2026-11-29')).toMatchObject({ holder: { party: 'LR' }, start: '2026-12-01' });
  });
  it('skips the EU presidency under way by rule: after Ireland comes Lithuania', () => {
    expect(nextTenure(records['eu-council']!, 'presidency', '2026-11-29')).toMatchObject({ holder: { party: 'LT' }, start: '2027-01-01' });
  });
  it('gives the OTS’s next chair by rule after the recorded one', () => {
    expect(nextTenure(ots, 'chair', '2026-11-29')?.holder.party).toBe('TR');
  });
});
