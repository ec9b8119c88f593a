import { records } from '@turnus/data';
import { describe, expect, it } from 'vitest';
import { compareEnglish, LATIN_BASE_LETTERS, type EnglishSensitivity } from '../../src/render/english-order';

const icu = {
  base: new Intl.Collator('en', { sensitivity: 'base' }),
  variant: new Intl.Collator('en', { sensitivity: 'variant' }),
};
const sign = (n: number) => Math.sign(n);

/** Every character compared without ICU, and a few that are not. */
const FAST = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\u00a0', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', ...Array.from({ length: 0x180 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i))];
const OTHERS = ['ø', 'Ø', 'æ', 'ß', 'ı', 'ə', 'Ə', 'ж', 'Ж', 'ң', 'ö', 'ğ', 'ş', 'İ', '×', 'u\u0308', '\u200b', '中', '🙂'];

/** Party names in every language from the embedded records. */
function recordNames(): string[] {
  const names = new Set<string>();
  for (const record of Object.values(records)) {
    for (const party of record.parties) {
      for (const forms of Object.values(party.names)) {
        if (forms?.name) names.add(forms.name);
        if (forms?.official) names.add(forms.official);
      }
    }
  }
  return [...names];
}

/** A small deterministic generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expectSameAsIcu(pairs: Iterable<[string, string]>, sensitivity: EnglishSensitivity): void {
  const wrong: string[] = [];
  for (const [a, b] of pairs) {
    if (compareEnglish(a, b, sensitivity) !== sign(icu[sensitivity].compare(a, b))) wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
  }
  expect(wrong.slice(0, 20)).toEqual([]);
}

function* allPairs(items: readonly string[]): Generator<[string, string]> {
  for (const a of items) for (const b of items) yield [a, b];
}

describe('compareEnglish', () => {
  it('orders every character it knows as ICU does', () => {
    for (const sensitivity of ['base', 'variant'] as const) expectSameAsIcu(allPairs([...FAST, ...OTHERS]), sensitivity);
  });

  it('knows the base letter of the accented Latin letters from their canonical decomposition', () => {
    const expected = Array.from({ length: 0x180 - 0xc0 }, (_, i) => {
      const decomposed = String.fromCharCode(0xc0 + i).normalize('NFD');
      return /^[A-Za-z][\u0300-\u036f]+$/.test(decomposed) ? decomposed[0]!.toLowerCase() : '.';
    }).join('');
    expect(LATIN_BASE_LETTERS).toBe(expected);
  });

  it('orders the names of the parties of every embedded record as ICU does', () => {
    const names = recordNames();
    expect(names.length).toBeGreaterThan(100);
    for (const sensitivity of ['base', 'variant'] as const) expectSameAsIcu(allPairs(names), sensitivity);
  });

  it('orders names as ICU does, whatever their letters', () => {
    const next = random(7);
    const letters = [...FAST, ...OTHERS, 'a', 'e', 'i', 'o', 'u', 'A', 'é', 'ü', ' ', '-', '('];
    const name = () => Array.from({ length: Math.floor(next() * 9) }, () => letters[Math.floor(next() * letters.length)]).join('');
    const pairs: [string, string][] = [];
    for (let i = 0; i < 20_000; i++) {
      const a = name();
      const b = name();
      pairs.push([a, b], [a, a + b.slice(0, 1)]);
    }
    for (const sensitivity of ['base', 'variant'] as const) expectSameAsIcu(pairs, sensitivity);
  });

  it('files Türkiye with the Ts and Kazakhstan before Kyrgyzstan', () => {
    expect(['Uzbekistan', 'Türkiye', 'Turkmenistan', 'Kyrgyzstan', 'Kazakhstan', 'Azerbaijan'].sort((a, b) => compareEnglish(a, b))).toEqual(['Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Türkiye', 'Turkmenistan', 'Uzbekistan']);
    expect(compareEnglish('Turkiye', 'Türkiye', 'base')).toBe(0);
    expect(compareEnglish('Turkiye', 'Türkiye')).toBe(-1);
  });
});
