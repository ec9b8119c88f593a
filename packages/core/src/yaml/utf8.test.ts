import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, findInvalidUtf8, positionOf } from './utf8';

describe('findInvalidUtf8', () => {
  it('finds nothing wrong in any valid UTF-8 text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => findInvalidUtf8(new TextEncoder().encode(s)) === undefined));
  });
  it('refuses overlong forms, surrogates and truncated sequences', () => {
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80]]) {
      expect(findInvalidUtf8(new Uint8Array(bad)), bad.join(',')).toMatchObject({ offset: 0, line: 1, column: 1 });
    }
  });
  it('places the byte by line and UTF-16 column', () => {
    expect(findInvalidUtf8(new Uint8Array([0x61, 0x0d, 0x0a, 0xf0, 0x9f, 0x98, 0x80, 0xff]))).toEqual({ offset: 7, byte: 0xff, line: 2, column: 3 });
  });
});

describe('decodeUtf8', () => {
  it('decodes valid text and reports invalid bytes instead of replacing them', () => {
    expect(decodeUtf8(new TextEncoder().encode('Türkiye'))).toEqual({ text: 'Türkiye' });
    expect(decodeUtf8(new Uint8Array([0x61, 0xff])).invalid).toMatchObject({ offset: 1, byte: 0xff });
  });
});

describe('positionOf', () => {
  it('counts LF, CR LF and a CR alone as one line end each', () => {
    expect(positionOf('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(positionOf('abc', 2)).toEqual({ line: 1, column: 3 });
  });
});
