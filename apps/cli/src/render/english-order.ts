/**
 * English alphabetical order, as `Intl.Collator('en', { sensitivity }).compare` gives it, without
 * ICU for the names that need none. The first collator a process makes costs some 5 ms (ICU
 * loads its locale data), as much as the rest of a `turnus state` start; names written in
 * ASCII letters, digits, punctuation and accented Latin letters are compared here by the same
 * rule ICU uses, and only the others (Cyrillic, ø, ß, ı, …), or two names that differ only in
 * accents or case, are handed to ICU. `turnus state` orders members with it, and gives it to
 * stateOn (its `compareNames`) for members of equal seniority.
 *
 * The rule: English uses the CLDR root collation unchanged. At its first level, case and accents
 * do not count (é is e, Ü is u), spaces and punctuation are not ignored and come before digits,
 * digits before letters, each character weighing one step. Two names compare as the sequences of
 * these weights do, a shorter one first when it is the start of the longer. (Checked against
 * ICU character by character, and on every party name of the embedded records, in
 * test/unit/english-order.test.ts.)
 */

/** The characters compared without ICU, by increasing weight; those in one string weigh the same. */
const ORDER = [' \u00a0', '_', '-', '\u2013', '\u2014', ',', ';', ':', '!', '?', '.', "'\u2018\u2019", '"\u201c\u201d', '(', ')', '[', ']', '{', '}', '@', '*', '/', '\\', '&', '#', '%', '`', '^', '+', '<', '=', '>', '|', '~', '$', ...'0123456789', ...'abcdefghijklmnopqrstuvwxyz'];

/**
 * The base letter of each character from U+00C0 to U+017F that is an ASCII letter with accents
 * (its canonical decomposition), '.' for the others (æ, ø, ß, ı, ×, …).
 */
export const LATIN_BASE_LETTERS =
  'aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y' +
  'aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll.' +
  '...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.';

const weights = new Map<number, number>();
ORDER.forEach((group, weight) => {
  for (const c of group) {
    weights.set(c.charCodeAt(0), weight + 1);
    weights.set(c.toUpperCase().charCodeAt(0), weight + 1);
  }
});
for (let i = 0; i < LATIN_BASE_LETTERS.length; i++) {
  const base = LATIN_BASE_LETTERS[i]!;
  if (base !== '.') weights.set(0xc0 + i, weights.get(base.charCodeAt(0))!);
}

/** The weight of each character of `a` and `b` in turn: <0, 0, >0, or undefined when one is not known here. */
function compareWeights(a: string, b: string): number | undefined {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = weights.get(a.charCodeAt(i));
    const y = weights.get(b.charCodeAt(i));
    if (x === undefined || y === undefined) return undefined;
    if (x !== y) return x - y;
  }
  for (let i = n; i < a.length; i++) if (!weights.has(a.charCodeAt(i))) return undefined;
  for (let i = n; i < b.length; i++) if (!weights.has(b.charCodeAt(i))) return undefined;
  return a.length - b.length;
}

const collators = new Map<string, Intl.Collator>();

/** ICU's answer, for what is not compared here. */
function icuCompare(a: string, b: string, sensitivity: EnglishSensitivity): number {
  let collator = collators.get(sensitivity);
  if (!collator) collators.set(sensitivity, (collator = new Intl.Collator('en', { sensitivity })));
  return collator.compare(a, b);
}

/** `base`: case and accents do not count (`'a' = 'Á'`); `variant`: they break ties, as `localeCompare` does. */
export type EnglishSensitivity = 'base' | 'variant';

/**
 * Compares two names in English alphabetical order: the result of
 * `new Intl.Collator('en', { sensitivity }).compare(a, b)` in sign, without loading ICU for names
 * in Latin letters.
 * @example ['Uzbekistan', 'Türkiye', 'Turkmenistan'].sort((a, b) => compareEnglish(a, b)) // ['Türkiye', 'Turkmenistan', 'Uzbekistan']
 */
export function compareEnglish(a: string, b: string, sensitivity: EnglishSensitivity = 'variant'): number {
  const order = compareWeights(a, b);
  if (order === undefined) return Math.sign(icuCompare(a, b, sensitivity));
  if (order !== 0) return Math.sign(order);
  // The same letters: case and accents decide, when they count.
  return sensitivity === 'base' || a === b ? 0 : Math.sign(icuCompare(a, b, sensitivity));
}
