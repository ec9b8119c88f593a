import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartialDate } from '../calendar/plain-date';
import { isPartialDateText } from './common';

const digit = fc.constantFrom(...'0123456789');
/** Strings shaped like dates (right and wrong), and any string. */
const text = fc.oneof(
  fc.tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.constantFrom('-', '/', '', '0')).map(([y, m, d, sep]) => `${y.join('')}${sep}${m.join('')}${sep}${d.join('')}`),
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-011', '２０２３-01-01', '2023-01-0１', ' 2023-01-1', '2023', '2023-01'),
  fc.string({ minLength: 8, maxLength: 12 }),
  fc.string(),
);

describe('isPartialDateText', () => {
  it('accepts exactly what isPartialDate accepts', () => {
    fc.assert(fc.property(text, (value) => {
        expect(isPartialDateText(value)).toBe(isPartialDate(value));
      }), { numRuns: 20_000 });
  });
});
