import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/render/echo';

describe('escapeControls', () => {
  it('writes line breaks, tabs and escape sequences as escapes, in one line', () => {
    expect(escapeControls('chair\n\u001b[31mred')).toBe('chair\\n\\x1b[31mred');
    expect(escapeControls('a\r\tb\u0000c\u0007d\u007f')).toBe('a\\r\\tb\\x00c\\x07d\\x7f');
  });

  it('escapes C1 controls and the characters that reorder or break lines', () => {
    expect(escapeControls('\u009b31m')).toBe('\\x9b31m');
    expect(escapeControls('abc\u202edef\u2066\u2069\u200f\u2028')).toBe('abc\\u{202e}def\\u{2066}\\u{2069}\\u{200f}\\u{2028}');
  });

  it('leaves every other character as it is: letters of any script, marks, punctuation, emoji', () => {
    const text = 'Türkiye Қазақстан Ελλάδα 日本 e\u0301 – “quoted” 🇹🇷 ~!@#$%^&*()';
    expect(escapeControls(text)).toBe(text);
  });

  it('gives a text with no control character in it, for every character from U+0000 to U+FFFF', () => {
    let all = '';
    for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
    expect(escapeControls(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});
