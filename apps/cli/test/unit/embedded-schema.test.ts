import { records } from '@turnus/data';
import { checkRecord, parseRecord, validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';

// `turnus check` of an embedded record checks its meaning only (checkRecord), without the zod
// parse: that is the same answer only while every embedded record is the schema's own output.
describe('every embedded record', () => {
  for (const [id, record] of Object.entries(records as Record<string, unknown>)) {
    it(`${id} is what the schema makes of it, so checking it without the schema is validating it`, () => {
      const parsed = parseRecord(record);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.record).toEqual(record);
      expect(checkRecord(parsed.record!, { today: '2026-11-28' })).toEqual(validate(record, { today: '2026-11-28' }));
    });
  }
});
