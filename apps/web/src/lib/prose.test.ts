import { describe, expect, it } from 'vitest';
import { ots } from '@turnus/data';
import { plainText, plural } from './prose';

describe('plainText', () => {
  it('writes dates, durations and research markers in words', () => {
    expect(plainText(ots, 'Appointed 2022-11-11 for P3Y; date NOT FOUND.')).toBe('Appointed 11 November 2022 for three years; date not found in the sources.');
  });
  it('names an office given by its id', () => {
    const office = ots.offices.find((o) => o.id.includes('-') && o.id !== 'secretary-general')!;
    expect(plainText(ots, `no holders of the office ${office.id} are recorded`)).toBe(`no holders of the ${office.names.en} are recorded`);
  });
});

describe('plural', () => {
  it('picks the form by the language’s plural rules', () => {
    expect([1, 2, 5].map((n) => plural(n, { one: '# seat', other: '# seats' }))).toEqual(['1 seat', '2 seats', '5 seats']);
    expect([1, 3, 5].map((n) => plural(n, { one: '# место', few: '# места', many: '# мест', other: '# места' }, 'ru'))).toEqual(['1 место', '3 места', '5 мест']);
  });
});
