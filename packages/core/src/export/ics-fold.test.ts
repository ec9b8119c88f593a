import { describe, expect, it } from 'vitest';
import { foldLines } from './ics';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('foldLines', () => {
  it('folds every line at 75 octets, counting UTF-8 bytes, not characters', () => {
    const text = `BEGIN:VEVENT\r\nDESCRIPTION:${'Türkiye, Қазақстан, Oʻzbekiston — '.repeat(8)}\r\nEND:VEVENT\r\n`;
    const folded = foldLines(text);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(text);
  });
  it('never breaks a character, an emoji included', () => {
    const folded = foldLines(`SUMMARY:${'😀'.repeat(40)}`);
    expect(folded.split('\r\n').every((l) => !l.includes('\uFFFD') && octets(l) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'😀'.repeat(40)}`);
  });
  it('unfolds what the library folded by characters before folding by octets', () => {
    expect(foldLines('SUMMARY:ab\r\n cd')).toBe('SUMMARY:abcd');
  });
});
