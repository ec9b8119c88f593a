import { describe, expect, it } from 'vitest';
import { bundleId, decodeCodeCache, encodeCodeCache } from '../../src/launch/code-cache-file';

const ID = '0123456789abcdef0123456789abcdef';
const DATA = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));

describe('bundleId', () => {
  it('reads the id on the bundle\'s last line', () => {
    expect(bundleId(`"use strict";var a=1;\n//# turnus-bundle-id ${ID}\n`)).toBe(ID);
  });

  it('gives none for a bundle without one, or with something else there', () => {
    expect(bundleId('"use strict";var a=1;\n')).toBeUndefined();
    expect(bundleId('var a=1;\n//# turnus-bundle-id ../../etc/passwd\n')).toBeUndefined();
  });
});

describe('decodeCodeCache', () => {
  const file = encodeCodeCache(ID, DATA);

  it('gives back the data written for the bundle', () => {
    expect(decodeCodeCache(file, ID)).toEqual(DATA);
  });

  it('refuses the cache of another bundle, or when the bundle has no id', () => {
    expect(decodeCodeCache(file, ID.replace('0', '1'))).toBeUndefined();
    expect(decodeCodeCache(file, undefined)).toBeUndefined();
  });

  it('refuses a cache made by another Node', () => {
    const other = Buffer.from(file.toString('latin1').replace(process.version, 'v18.0.0'), 'latin1');
    expect(decodeCodeCache(other, ID)).toBeUndefined();
  });

  it('refuses damaged data: a changed byte, a cut, something added, an empty or foreign file', () => {
    const header = file.indexOf(10) + 1;
    for (const at of [header, header + 500, file.length - 1]) {
      const damaged = Buffer.from(file);
      damaged[at] = damaged[at]! ^ 0x20;
      expect(decodeCodeCache(damaged, ID)).toBeUndefined();
    }
    expect(decodeCodeCache(file.subarray(0, file.length - 1), ID)).toBeUndefined();
    expect(decodeCodeCache(Buffer.concat([file, Buffer.from('x')]), ID)).toBeUndefined();
    expect(decodeCodeCache(Buffer.alloc(0), ID)).toBeUndefined();
    expect(decodeCodeCache(Buffer.from('not a cache at all\n'), ID)).toBeUndefined();
    expect(decodeCodeCache(Buffer.alloc(5000, 0x41), ID)).toBeUndefined();
    expect(decodeCodeCache(undefined, ID)).toBeUndefined();
  });
});
