import { describe, expect, it } from 'vitest';
import { chairOffice, record, state, termOffice } from '../_fixtures';
import { horizonOf } from './horizon';

describe('horizonOf', () => {
  const base = record({ parties: [state('AA', 'Alpha')], offices: [{ ...chairOffice(), horizon: '2025-12-11' }, termOffice()] });
  it("takes the office's own horizon, else the record's, else none", () => {
    expect(horizonOf({ ...base, horizon: '2026-03-12' }, 'chair')).toBe('2025-12-11');
    expect(horizonOf({ ...base, horizon: '2026-03-12' }, 'secretary-general')).toBe('2026-03-12');
    expect(horizonOf(base, 'secretary-general')).toBeUndefined();
  });
});
