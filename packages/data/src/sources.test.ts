import { describe, expect, it } from 'vitest';
import { records } from './index';

/** A source's url is a bare domain when it has no path beyond `/` and no query. */
function isBareDomain(url: string): boolean {
  const u = new URL(url);
  return u.pathname.replace(/\/+$/, '') === '' && u.search === '';
}

describe('every record cites pages, not domains', () => {
  for (const [id, record] of Object.entries(records)) {
    it(`${id}: no source is a bare domain without a stated reason (unreachable)`, () => {
      const bare = record.sources.filter((s) => isBareDomain(s.url) && s.unreachable === undefined).map((s) => `${s.id} ${s.url}`);
      expect(bare).toEqual([]);
    });
  }
});
