// The search index as built: loaded the way the browser loads it, it finds people in any spelling,
// members and summits.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDocument, type SearchHit } from '../src/lib/search';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const index = MiniSearch.loadJSON<SearchDocument>(readFileSync(join(dist, 'search-index.json'), 'utf8'), SEARCH_OPTIONS);
const first = (q: string) => index.search(q)[0] as SearchHit | undefined;

describe('the search index', () => {
  it('finds Omuraliev in Latin, Turkish and Cyrillic spellings', () => {
    for (const q of ['Omuraliyev', 'Omuraliev', 'Өмүралиев', 'Ömüraliyev', 'omural']) {
      expect(first(q)?.url, q).toBe('/ots/people/kubanychbek-omuraliev/');
    }
  });
  it('finds the Istanbul summit', () => {
    const hit = first('Istanbul summit');
    expect(hit?.kind).toBe('summit');
    expect(hit?.detail).toContain('Istanbul');
  });
  it('finds members and organizations', () => {
    expect(index.search('Hungary').some((h) => (h as SearchHit).kind === 'party')).toBe(true);
    expect(first('Turkic States')?.url).toBe('/ots/');
  });
});

describe('the search box’s examples in every language', () => {
  it('finds what the Turkish and Russian placeholders suggest', () => {
    expect(first('İstanbul zirvesi')?.kind).toBe('summit');
    expect(first('саммит Istanbul')?.kind).toBe('summit');
    expect(index.search('Венгрия').some((h) => (h as SearchHit).kind === 'party')).toBe(true);
    expect(index.search('Macaristan').some((h) => (h as SearchHit).kind === 'party')).toBe(true);
  });
});
