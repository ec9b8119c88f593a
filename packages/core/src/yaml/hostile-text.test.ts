import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeep, withoutLoneCr } from './hostile-text';

describe('tooDeep', () => {
  it('accepts what records nest', () => {
    expect(tooDeep('a:\n  b:\n    - c: [1, {d: 2}]\n')).toBeUndefined();
  });
  it('ignores brackets inside quotes, comments and block scalars', () => {
    const brackets = '['.repeat(MAX_NESTING + 1);
    expect(tooDeep(`a: "${brackets}"\nb: '${brackets}'\nc: 1 # ${brackets}\nd: |\n  ${brackets}\n`)).toBeUndefined();
  });
  it('places flow and block nesting where it passes the limit', () => {
    expect(tooDeep(`x: ${'['.repeat(MAX_NESTING + 5)}`)).toMatchObject({ line: 1, column: 3 + MAX_NESTING });
    expect(tooDeep(`${'- '.repeat(MAX_NESTING + 1)}1`)).toMatchObject({ line: 1, column: 1 });
  });
});

describe('withoutLoneCr', () => {
  it('turns a CR alone into LF and keeps CR LF, length unchanged', () => {
    expect(withoutLoneCr('a\rb\r\nc')).toBe('a\nb\r\nc');
  });
});
