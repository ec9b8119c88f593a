import { describe, expect, it } from 'vitest';
import { isVariadicFlags } from '../../src/shims/variadic-flags';

const commander = (flags: string) => /\p{ID_Continue}\.\.\.[>\]]$/u.test(flags);

/** A small deterministic generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('isVariadicFlags', () => {
  it('answers as commander\'s expression does for the flags turnus defines', () => {
    for (const flags of ['--office <id...>', '--admit <party...>', '--on <date>', '-V, --version', '--sources [id...]', '<id...>', '...>', 'x...>', 'x..>', '-...>', 'é...]', '𝒳...>', '\ud835...>', '\udcb3...>']) {
      expect(isVariadicFlags(flags), flags).toBe(commander(flags));
    }
  });

  it('answers as commander\'s expression does for any flags', () => {
    const next = random(13);
    const pieces = ['.', '>', ']', '<', '[', '-', ' ', 'a', 'Z', '0', '_', 'é', '\u0301', '\u200d', '𝒳', '\ud835', '\udcb3', '\u0000', '\u00a0', '中'];
    const ends = ['...>', '...]', '..>', '', '...', '.>'];
    for (let i = 0; i < 50_000; i++) {
      let flags = '';
      for (let n = Math.floor(next() * 6); n > 0; n--) flags += next() < 0.8 ? pieces[Math.floor(next() * pieces.length)] : String.fromCharCode(Math.floor(next() * 0x10000));
      flags += ends[Math.floor(next() * ends.length)];
      if (isVariadicFlags(flags) !== commander(flags)) expect(JSON.stringify(flags)).toBe('answered as commander does');
    }
  });
});
