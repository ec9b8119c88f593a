import { describe, expect, it } from 'vitest';
import { displayWidth, PLAIN_TEXT } from '../../src/render/text';

/** displayWidth without its shortcut for plain text. */
function widthByNormalizing(text: string): number {
  let width = 0;
  for (const char of text.replace(/\u001b\[[0-9;]*m/g, '').normalize('NFC')) if (!/\p{M}/u.test(char)) width += 1;
  return width;
}

const plain = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter((c) => PLAIN_TEXT.test(c));

describe('displayWidth', () => {
  it('takes plain text as one column a character: no mark, and NFC changes no character nor any pair', () => {
    expect(plain.length).toBeGreaterThan(800);
    for (const c of plain) {
      expect(/\p{M}/u.test(c), c).toBe(false);
      expect(c.normalize('NFC'), c).toBe(c);
    }
    const changed: string[] = [];
    for (const a of plain) for (const b of plain) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
  });

  it('counts as normalizing does, for plain text and other', () => {
    const samples = ['chair', 'Türkiye, 2026 (year known only) → 2027', '\u001b[1mbold\u001b[22m', 'e\u0301', 'Ǆ', '中文', '…', 'İ', 'a\u0308\u0301b', 'ᄀ\u1161', '\u2126', '𝒳'];
    for (const text of samples) expect(displayWidth(text), text).toBe(widthByNormalizing(text));
  });
});
