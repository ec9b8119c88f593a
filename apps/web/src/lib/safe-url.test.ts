import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';

describe('safeHref', () => {
  it('keeps http and https addresses', () => {
    expect(safeHref('https://turkicstates.org/')).toBe('https://turkicstates.org/');
    expect(safeHref('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
  });
  it('drops addresses that would run code or are not absolute', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
